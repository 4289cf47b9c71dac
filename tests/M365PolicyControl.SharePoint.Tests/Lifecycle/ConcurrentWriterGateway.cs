using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

/// <summary>
/// The real gateway, with one twist: just before the first column write it lets "someone else" change the item through
/// the same library, so the lifecycle's write meets a stale eTag exactly as it would in a shared library.
/// </summary>
internal sealed class ConcurrentWriterGateway(IPolicyLibraryGateway inner, IReadOnlyDictionary<string, object?> otherWrite) : IPolicyLibraryGateway
{
    private bool _interfered;

    public int ConflictsSeen { get; private set; }

    public async Task<LibraryFile> UpdateFieldsAsync(LibraryFile file, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        if (!_interfered)
        {
            _interfered = true;
            await inner.UpdateFieldsAsync(await inner.GetAsync(file.ItemId, cancellationToken), otherWrite, cancellationToken);
        }

        try
        {
            return await inner.UpdateFieldsAsync(file, fields, cancellationToken);
        }
        catch (ETagMismatchException)
        {
            ConflictsSeen++;
            throw;
        }
    }

    public Task<IReadOnlyList<LibraryFile>> ListFilesAsync(IReadOnlyCollection<string> columns, CancellationToken cancellationToken = default) => inner.ListFilesAsync(columns, cancellationToken);

    public Task<LibraryFile?> FindByPolicyIdAsync(string policyId, CancellationToken cancellationToken = default) => inner.FindByPolicyIdAsync(policyId, cancellationToken);

    public Task<LibraryFile> GetAsync(string itemId, CancellationToken cancellationToken = default) => inner.GetAsync(itemId, cancellationToken);

    public Task<LibraryFile> UploadAsync(string fileName, Stream content, string? ifMatchETag, CancellationToken cancellationToken = default) => inner.UploadAsync(fileName, content, ifMatchETag, cancellationToken);

    public Task<Stream> DownloadAsync(LibraryFile file, string? versionLabel = null, CancellationToken cancellationToken = default) => inner.DownloadAsync(file, versionLabel, cancellationToken);

    public Task<IReadOnlyList<LibraryFileVersion>> ListVersionsAsync(LibraryFile file, CancellationToken cancellationToken = default) => inner.ListVersionsAsync(file, cancellationToken);

    public Task CheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default) => inner.CheckOutAsync(file, cancellationToken);

    public Task DiscardCheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default) => inner.DiscardCheckOutAsync(file, cancellationToken);

    public Task CheckInAsync(LibraryFile file, CheckInKind kind, string comment, CancellationToken cancellationToken = default) => inner.CheckInAsync(file, kind, comment, cancellationToken);

    public Task PublishAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) => inner.PublishAsync(file, comment, cancellationToken);

    public Task ApproveAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) => inner.ApproveAsync(file, comment, cancellationToken);

    public Task DenyAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) => inner.DenyAsync(file, comment, cancellationToken);

    public Task DeleteAsync(LibraryFile file, CancellationToken cancellationToken = default) => inner.DeleteAsync(file, cancellationToken);

    public Task AddRegisterItemAsync(string registerTitle, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default) => inner.AddRegisterItemAsync(registerTitle, fields, cancellationToken);

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(string registerTitle, CancellationToken cancellationToken = default) => inner.ListRegisterItemsAsync(registerTitle, cancellationToken);
}
