using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Creates and replaces files (simple upload and upload-session commit share this): conflict
/// behaviour, If-Match, ForceCheckout, and a list item with a version per save.
/// </summary>
internal sealed class DriveFiles(TenantModel model, Versioning versioning)
{
    /// <summary>Current docs cap simple upload at 250 MB (reference §4.1).</summary>
    public const long SimpleUploadLimit = 250L * 1024 * 1024;

    public (DriveItemRecord Item, bool Created) Save(TenantRequest request, ListRecord library, DriveItemRecord folder, string path, byte[] content, string conflictBehavior)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = EnsureFolders(library, folder, parts[..^1], request.ActingUserUpn);
        var name = parts[^1];
        var existing = model.ChildByName(parent, name);
        if (existing is null)
        {
            return (Create(library, parent, name, content, request.ActingUserUpn), true);
        }

        switch (conflictBehavior.ToLowerInvariant())
        {
            case "fail":
                throw GraphException.Conflict($"The specified item name already exists. Name: {name}");
            case "rename":
                return (Create(library, parent, FreeName(parent, name), content, request.ActingUserUpn), true);
            default:
                Replace(request, library, existing, content);
                return (existing, false);
        }
    }

    public void Replace(TenantRequest request, ListRecord library, DriveItemRecord file, byte[] content)
    {
        if (file.IsFolder)
        {
            throw GraphException.BadRequest("Cannot upload content to a folder.");
        }

        Preconditions.RequireIfMatch(request, file.ETag, file.CTag);
        var listItem = model.ListItemOf(file) ?? throw GraphException.NotFound("The list item of the file");
        RequireCheckoutWhenForced(library, listItem, request.ActingUserUpn, file.Name);
        var blobId = model.State.PutBlob(content);
        file.BlobId = blobId;
        file.Size = content.Length;
        file.ContentVersion++;
        Touch(file, request.ActingUserUpn);
        versioning.RecordChange(library, listItem, blobId, content.Length, request.ActingUserUpn);
        model.State.Save(listItem);
    }

    /// <summary>After a lifecycle action: the file shows its list item's current content, with a new eTag.</summary>
    public void Sync(DriveItemRecord file, ItemRecord listItem, string user)
    {
        var (blobId, size) = Versioning.CurrentContent(listItem);
        if (blobId != file.BlobId)
        {
            file.BlobId = blobId;
            file.Size = size;
            file.ContentVersion++;
        }

        Touch(file, user);
    }

    public void Touch(DriveItemRecord file, string user)
    {
        file.Version++;
        file.Modified = model.Now;
        file.ModifiedBy = user;
        model.State.Save(file);
    }

    // SharePoint refuses edits to a file that is not checked out when the library requires check-out.
    private static void RequireCheckoutWhenForced(ListRecord library, ItemRecord listItem, string user, string name)
    {
        if (library.Settings.ForceCheckout && !string.Equals(listItem.CheckedOutBy, user, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphException(423, "resourceLocked", $"The file \"{name}\" is not checked out. You must first check out this document before making changes.");
        }
    }

    private DriveItemRecord Create(ListRecord library, DriveItemRecord parent, string name, byte[] content, string user)
    {
        var now = model.Now;
        var file = new DriveItemRecord
        {
            Id = Ids.DriveItemId(), DriveId = library.DriveId!, ListId = library.Id, ParentId = parent.Id, Name = name,
            UniqueId = Guid.NewGuid(), BlobId = model.State.PutBlob(content), Size = content.Length,
            Created = now, Modified = now, CreatedBy = user, ModifiedBy = user,
        };
        var listItem = new ItemRecord
        {
            ListId = library.Id, Id = library.NextItemId++, UniqueId = file.UniqueId, Created = now, Modified = now,
            CreatedBy = user, ModifiedBy = user, DriveItemId = file.Id,
        };
        file.ListItemId = listItem.Id;
        versioning.StartHistory(library, listItem, file.BlobId, content.Length, user);
        if (library.Settings.ForceCheckout)
        {
            // A new file in a library that requires check-out stays checked out to its uploader.
            listItem.CheckedOutBy = user;
        }

        model.State.Save(library);
        model.State.Save(listItem);
        model.State.Save(file);
        return file;
    }

    private DriveItemRecord EnsureFolders(ListRecord library, DriveItemRecord folder, IEnumerable<string> names, string user)
    {
        var current = folder;
        foreach (var name in names)
        {
            current = model.ChildByName(current, name) ?? CreateFolder(library, current, name, user);
            if (!current.IsFolder)
            {
                throw GraphException.Conflict($"'{name}' is a file, not a folder.");
            }
        }

        return current;
    }

    public DriveItemRecord CreateFolder(ListRecord library, DriveItemRecord parent, string name, string user)
    {
        var folder = new DriveItemRecord
        {
            Id = Ids.DriveItemId(), DriveId = library.DriveId!, ListId = library.Id, ParentId = parent.Id, Name = name,
            IsFolder = true, UniqueId = Guid.NewGuid(), Created = model.Now, Modified = model.Now, CreatedBy = user, ModifiedBy = user,
        };
        model.State.Save(folder);
        return folder;
    }

    public string FreeName(DriveItemRecord parent, string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var counter = 1; ; counter++)
        {
            var candidate = $"{stem} {counter}{extension}";
            if (model.ChildByName(parent, candidate) is null)
            {
                return candidate;
            }
        }
    }
}
