using M365PolicyControl.SharePoint.Rest;
using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Writes a stamped file the way a library that requires check-out accepts it: check out, upload the content and
    /// all columns while checked out (no version of their own), check in. On failure the check-out is discarded so
    /// nothing half-written stays behind.
    /// </summary>
    private async Task<LibraryFile> CheckInStampedAsync(
        LibraryFile file, MemoryStream stamped, IReadOnlyDictionary<string, object?> fields, CheckInKind kind, string comment,
        CancellationToken cancellationToken)
    {
        await library.CheckOutAsync(file, cancellationToken);
        try
        {
            stamped.Position = 0;
            var uploaded = await library.UploadAsync(file.FileName, stamped, null, cancellationToken);
            var withFields = await library.UpdateFieldsAsync(uploaded, fields, cancellationToken);
            await library.CheckInAsync(withFields, kind, comment, cancellationToken);
            return await library.GetAsync(file.ItemId, cancellationToken);
        }
        catch
        {
            await library.DiscardCheckOutAsync(file, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Approves the checked-in major and reads it back: setting a status can be refused or silently ignored in some
    /// libraries, so only a read-back of Approved at the stamped version counts as approval.
    /// </summary>
    private async Task ConfirmApprovedAsync(LibraryFile file, PolicyVersion stampedVersion, CancellationToken cancellationToken)
    {
        if (file.Moderation != ModerationStatus.Approved)
        {
            await library.ApproveAsync(file, "Approved and stamped by M365PolicyControl", cancellationToken);
        }

        var after = await library.GetAsync(file.ItemId, cancellationToken);
        if (after.Moderation != ModerationStatus.Approved || after.VersionLabel != stampedVersion.ToString())
        {
            throw new LifecycleException(
                LifecycleError.ApprovalNotConfirmed,
                $"{file.FileName}: after approval the library shows version {after.VersionLabel} as {after.Moderation}, " +
                $"not {stampedVersion} as Approved; the approval did not take effect.");
        }
    }

    /// <summary>RetainUntil of a library file by Core's <see cref="Retention.RetainUntil"/>, from the file's creation time (UTC day).</summary>
    public static DateOnly RetentionDate(DateTimeOffset created, DateOnly? lastEffective) =>
        Retention.RetainUntil(DateOnly.FromDateTime(created.UtcDateTime), lastEffective);
}
