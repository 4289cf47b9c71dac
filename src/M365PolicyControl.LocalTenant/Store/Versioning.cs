using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// SharePoint's version and moderation rules, driven by the list settings: a save makes a new
/// minor (drafts on) or major version; a major in a moderated list waits as Pending (2) until
/// approved (0) or denied (1); drafts in a moderated list are Draft (3). A checked-out item
/// changes in place until check-in. Old versions are trimmed by the version limits.
/// </summary>
internal sealed partial class Versioning(TenantModel model)
{
    public const int Approved = 0;
    public const int Denied = 1;
    public const int Pending = 2;
    public const int Draft = 3;

    public void StartHistory(ListRecord list, ItemRecord item, string? blobId, long size, string user)
    {
        item.Major = 0;
        item.Minor = 0;
        item.Versions.Clear();
        AddVersion(list, item, blobId, size, user, DraftsEnabled(list) ? VersionKind.Minor : VersionKind.Major);
        item.Version = 1;
    }

    /// <summary>A field edit: a new version, or an in-place change while checked out.</summary>
    public void RecordFieldChange(ListRecord list, ItemRecord item, string user)
    {
        if (item.CheckedOutBy is not null)
        {
            Touch(item, user);
            return;
        }

        AddVersion(list, item, CurrentBlob(item), CurrentSize(item), user, DraftsEnabled(list) ? VersionKind.Minor : VersionKind.Major);
    }

    /// <summary>A content save of a file.</summary>
    public void RecordChange(ListRecord list, ItemRecord item, string? blobId, long size, string user)
    {
        if (item.CheckedOutBy is not null)
        {
            item.WorkingBlobId = blobId;
            item.WorkingSize = size;
            Touch(item, user);
            return;
        }

        AddVersion(list, item, blobId, size, user, DraftsEnabled(list) ? VersionKind.Minor : VersionKind.Major);
    }

    /// <summary>The content a reader of the file gets: the working copy while checked out, else the current version.</summary>
    public static (string? BlobId, long Size) CurrentContent(ItemRecord item) =>
        item.WorkingBlobId is { } working ? (working, item.WorkingSize) : (CurrentBlob(item), CurrentSize(item));

    public void CheckOut(ItemRecord item, string user)
    {
        if (item.CheckedOutBy is not null && !item.CheckedOutBy.Equals(user, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphException(423, "resourceLocked", $"The file is checked out for editing by {item.CheckedOutBy}.");
        }

        item.CheckedOutBy = user;
        Touch(item, user);
    }

    /// <summary>Check-in: 0 minor, 1 major, 2 overwrite (SP.CheckinType).</summary>
    public void CheckIn(ListRecord list, ItemRecord item, int checkInType, string comment, string user)
    {
        if (item.CheckedOutBy is null)
        {
            throw new GraphException(400, "invalidRequest", "The file is not checked out.");
        }

        var (blobId, size) = CurrentContent(item);
        item.CheckedOutBy = null;
        item.WorkingBlobId = null;
        item.CheckInComment = comment;
        var kind = checkInType switch
        {
            2 => (VersionKind?)null,
            1 => VersionKind.Major,
            _ => DraftsEnabled(list) ? VersionKind.Minor : VersionKind.Major,
        };
        if (kind is { } newKind)
        {
            AddVersion(list, item, blobId, size, user, newKind, comment);
        }
        else
        {
            ReplaceCurrent(item, blobId, size, user);
        }
    }

    public void UndoCheckOut(ItemRecord item, string user)
    {
        if (item.CheckedOutBy is null)
        {
            throw new GraphException(400, "invalidRequest", "The file is not checked out.");
        }

        item.CheckedOutBy = null;
        item.WorkingBlobId = null;
        Touch(item, user);
    }

    private static bool DraftsEnabled(ListRecord list) =>
        list.IsLibrary && list.Settings.EnableVersioning && list.Settings.EnableMinorVersions;

    private void AddVersion(ListRecord list, ItemRecord item, string? blobId, long size, string user, VersionKind kind, string comment = "")
    {
        var moderated = list.Settings.EnableModeration;
        if (!list.Settings.EnableVersioning)
        {
            item.Versions.Clear();
            (item.Major, item.Minor) = (1, 0);
            item.ModerationStatus = moderated ? Pending : Approved;
        }
        else if (kind == VersionKind.Minor)
        {
            item.Minor++;
            item.ModerationStatus = moderated ? Draft : Approved;
        }
        else
        {
            (item.Major, item.Minor) = (item.Major + 1, 0);
            item.ModerationStatus = moderated ? Pending : Approved;
        }

        item.Versions.Add(Version(item, blobId, size, user, comment));
        VersionTrimmer.Trim(list.Settings, item);
        Touch(item, user);
    }

    private void ReplaceCurrent(ItemRecord item, string? blobId, long size, string user)
    {
        var comment = item.Versions.Count > 0 ? item.Versions[^1].CheckInComment : string.Empty;
        if (item.Versions.Count > 0)
        {
            item.Versions.RemoveAt(item.Versions.Count - 1);
        }

        item.Versions.Add(Version(item, blobId, size, user, comment));
        Touch(item, user);
    }

    private VersionRecord Version(ItemRecord item, string? blobId, long size, string user, string comment) => new()
    {
        Major = item.Major,
        Minor = item.Minor,
        BlobId = blobId,
        Size = size,
        Modified = model.Now,
        ModifiedBy = user,
        CheckInComment = comment,
    };

    private void Touch(ItemRecord item, string user)
    {
        item.Version++;
        item.Modified = model.Now;
        item.ModifiedBy = user;
    }

    private static void RequireCheckedIn(ItemRecord item)
    {
        if (item.CheckedOutBy is not null)
        {
            throw new GraphException(423, "resourceLocked", $"The file is checked out to {item.CheckedOutBy}; check it in first.");
        }
    }

    private static string? CurrentBlob(ItemRecord item) => item.Versions.Count > 0 ? item.Versions[^1].BlobId : null;

    private static long CurrentSize(ItemRecord item) => item.Versions.Count > 0 ? item.Versions[^1].Size : 0;

    private enum VersionKind
    {
        Minor,
        Major,
    }
}
