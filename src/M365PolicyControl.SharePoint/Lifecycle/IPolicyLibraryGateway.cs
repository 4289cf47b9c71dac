using M365PolicyControl.SharePoint.Rest;
namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>
/// The operations the lifecycle needs from the controlled library, in SharePoint's own terms. The product
/// implements it over the SharePoint adapter (Graph + REST); it is the seam between lifecycle rules and
/// wire formats (lookups, person columns, eTags), not a second library implementation.
/// </summary>
public interface IPolicyLibraryGateway
{
    /// <summary>Every file of the library with the given columns, read in as few pages as the service allows.</summary>
    Task<IReadOnlyList<LibraryFile>> ListFilesAsync(IReadOnlyCollection<string> columns, CancellationToken cancellationToken = default);

    /// <summary>The file whose PolicyId column holds <paramref name="policyId"/>; null when none.</summary>
    Task<LibraryFile?> FindByPolicyIdAsync(string policyId, CancellationToken cancellationToken = default);

    /// <summary>Re-reads one file (fresh eTag, version and moderation state).</summary>
    Task<LibraryFile> GetAsync(string itemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads content under <paramref name="fileName"/>, replacing the file of that name; large files go through an
    /// upload session. Creates one version (or none while the file is checked out).
    /// </summary>
    /// <exception cref="ETagMismatchException">The file changed since <paramref name="ifMatchETag"/> was read.</exception>
    Task<LibraryFile> UploadAsync(string fileName, Stream content, string? ifMatchETag, CancellationToken cancellationToken = default);

    /// <summary>Writes all given columns in one request, without creating a version of its own.</summary>
    /// <exception cref="ETagMismatchException">The item changed since its eTag was read.</exception>
    Task<LibraryFile> UpdateFieldsAsync(LibraryFile file, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default);

    /// <summary>Opens the current content, or that of a version label.</summary>
    Task<Stream> DownloadAsync(LibraryFile file, string? versionLabel = null, CancellationToken cancellationToken = default);

    /// <summary>The file's versions, newest first, each with the column values it had.</summary>
    Task<IReadOnlyList<LibraryFileVersion>> ListVersionsAsync(LibraryFile file, CancellationToken cancellationToken = default);

    Task CheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default);

    /// <summary>Undoes a check-out, dropping what was written while checked out.</summary>
    Task DiscardCheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default);

    Task CheckInAsync(LibraryFile file, CheckInKind kind, string comment, CancellationToken cancellationToken = default);

    /// <summary>Publishes a major version; with content approval on, it waits as Pending.</summary>
    Task PublishAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default);

    Task ApproveAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default);

    Task DenyAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file (the lifecycle refuses first while it is under retention).</summary>
    Task DeleteAsync(LibraryFile file, CancellationToken cancellationToken = default);

    /// <summary>Adds a row to a register list (e.g. Policy Reviews) with plain values keyed by internal name.</summary>
    Task AddRegisterItemAsync(string registerTitle, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default);

    /// <summary>Every row of a register list, as plain values.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(string registerTitle, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every row of a register list with only the named columns (one paged query with <c>$select</c>); a gateway without
    /// column selection answers with every column.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(
        string registerTitle, IReadOnlyCollection<string> columns, CancellationToken cancellationToken = default) =>
        ListRegisterItemsAsync(registerTitle, cancellationToken);
}
