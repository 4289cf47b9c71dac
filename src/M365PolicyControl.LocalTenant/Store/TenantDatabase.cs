using Microsoft.Data.Sqlite;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// The on-disk store: one SQLite file (WAL) with a JSON document table per entity kind and a
/// blob table for file contents and versions. Every mutation is written through at once.
/// </summary>
internal sealed class TenantDatabase : IDisposable
{
    public const string Sites = "sites";
    public const string Lists = "lists";
    public const string Items = "items";
    public const string DriveItems = "drive_items";

    private static readonly string[] DocumentTables = [Sites, Lists, Items, DriveItems];

    private readonly SqliteConnection _connection;

    public TenantDatabase(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        foreach (var table in DocumentTables)
        {
            Execute($"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, parent_id TEXT, json TEXT NOT NULL);");
        }

        Execute("CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, content BLOB NOT NULL);");
    }

    public void Upsert(string table, string id, string? parentId, string json)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} (id, parent_id, json) VALUES ($id, $parent, $json) " +
                              "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, json = excluded.json;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$parent", (object?)parentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$json", json);
        command.ExecuteNonQuery();
    }

    public void Delete(string table, string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"DELETE FROM {table} WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    public IEnumerable<string> ReadAll(string table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table};";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetString(0);
        }
    }

    public void PutBlob(string id, byte[] content)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO blobs (id, content) VALUES ($id, $content);";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$content", content);
        command.ExecuteNonQuery();
    }

    public byte[] GetBlob(string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT content FROM blobs WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() as byte[] ?? [];
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
