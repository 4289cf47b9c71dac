using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Publishing and content approval: Publish, UnPublish, Approve, Deny.</summary>
internal sealed partial class Versioning
{
    /// <summary>Publishes the current draft as the next major (Pending when the list is moderated).</summary>
    public void Publish(ListRecord list, ItemRecord item, string comment, string user)
    {
        RequireCheckedIn(item);
        if (item.Minor == 0)
        {
            throw new GraphException(400, "invalidRequest", "This file has already been published.");
        }

        AddVersion(list, item, CurrentBlob(item), CurrentSize(item), user, VersionKind.Major, comment);
        item.CheckInComment = comment;
    }

    /// <summary>Withdraws a pending approval or unpublishes a published major, leaving a draft.</summary>
    public void UnPublish(ListRecord list, ItemRecord item, string comment, string user)
    {
        RequireCheckedIn(item);
        if (item.Minor != 0)
        {
            throw new GraphException(400, "invalidRequest", "The file is not published.");
        }

        var current = item.Versions[^1];
        item.Versions.RemoveAt(item.Versions.Count - 1);
        item.Major -= 1;
        item.Minor = item.Versions.Where(version => version.Major == item.Major).Select(version => version.Minor).DefaultIfEmpty(0).Max() + 1;
        item.ModerationStatus = list.Settings.EnableModeration ? Draft : Approved;
        item.CheckInComment = comment;
        item.Versions.Add(Version(item, current.BlobId, current.Size, user, comment));
        Touch(item, user);
    }

    public void Approve(ListRecord list, ItemRecord item, string comment, string user) => Moderate(list, item, comment, user, Approved);

    public void Deny(ListRecord list, ItemRecord item, string comment, string user) => Moderate(list, item, comment, user, Denied);

    private void Moderate(ListRecord list, ItemRecord item, string comment, string user, int outcome)
    {
        if (!list.Settings.EnableModeration)
        {
            throw new GraphException(400, "invalidRequest", "Content approval is not enabled for this list.");
        }

        if (item.ModerationStatus != Pending)
        {
            throw new GraphException(400, "invalidRequest", "The item is not pending approval.");
        }

        item.ModerationStatus = outcome;
        item.ModerationComment = comment;
        item.Version++;
        item.Modified = model.Now;
    }
}
