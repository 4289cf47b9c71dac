namespace M365PolicyControl.Word;

/// <summary>Hands out content-control ids (w:sdtPr/w:id) not used anywhere else in the document.</summary>
internal sealed class ContentControlIds(IEnumerable<int> inUse)
{
    private readonly HashSet<int> _used = [.. inUse];
    private readonly Random _random = new(0x6D365);

    public void Reserve(int id) => _used.Add(id);

    public int Next()
    {
        int id;
        do
        {
            // Word writes positive and negative 32-bit ids; positive ones below int.MaxValue are always accepted.
            id = _random.Next(1, int.MaxValue);
        }
        while (!_used.Add(id));

        return id;
    }
}
