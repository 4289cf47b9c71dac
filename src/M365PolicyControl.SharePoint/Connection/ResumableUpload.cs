using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// Sends a file through a Graph upload session. A fragment answered with an error may still have been stored, so after a
/// failure the task asks the session for its next expected range and resumes from there instead of resending blindly.
/// </summary>
internal static class ResumableUpload
{
    /// <summary>Slice size: a multiple of 320 KiB, as upload sessions require.</summary>
    public const int SliceBytes = 10 * 320 * 1024;

    public const int MaxResumes = 5;

    /// <param name="whenSessionGone">
    /// Called when a resume finds the session gone (404): the lost answer was the last fragment's, so the file may already be
    /// committed. Null treats that like any other failure.
    /// </param>
    public static async Task<DriveItem> RunAsync(
        GraphServiceClient graph,
        UploadSession session,
        Stream content,
        string name,
        Func<Task<DriveItem>>? whenSessionGone,
        CancellationToken cancellationToken)
    {
        var task = new LargeFileUploadTask<DriveItem>(session, content, SliceBytes, graph.RequestAdapter);
        Exception? last = null;
        for (var attempt = 0; attempt <= MaxResumes; attempt++)
        {
            try
            {
                var result = attempt == 0
                    ? await task.UploadAsync(cancellationToken: cancellationToken)
                    : await task.ResumeAsync(cancellationToken: cancellationToken);
                if (result.UploadSucceeded && result.ItemResponse is not null)
                {
                    return result.ItemResponse;
                }
            }
            catch (ServiceException e) when (attempt > 0 && e.ResponseStatusCode == 404 && whenSessionGone is not null)
            {
                return await whenSessionGone();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                last = e;
            }
        }

        throw new IOException($"The upload session for {name} did not complete after {MaxResumes} resumes.", last);
    }
}
