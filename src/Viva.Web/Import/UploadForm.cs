using Microsoft.AspNetCore.Http.Features;

namespace Viva.Web.Import;

/// <summary>Reads an upload's files within the size limit, turning an oversized or malformed body into a message.</summary>
public static class UploadForm
{
    /// <summary>The uploaded files, or the reason the body could not be read with the HTTP status that fits it.</summary>
    public static async Task<(IReadOnlyList<IFormFile> Files, string? Error, int Status)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return ([], "send the files as multipart/form-data", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > maxBytes)
        {
            return ([], TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancellationToken);
            return form.Files.Count == 0 ? ([], "choose at least one file to import", StatusCodes.Status400BadRequest) : ([.. form.Files], null, StatusCodes.Status200OK);
        }
        catch (InvalidDataException exception) when (exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return ([], TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException)
        {
            return ([], Malformed, StatusCodes.Status400BadRequest);
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // A body that ends before its closing boundary, or has none, is the client's mistake, not a server error.
            return ([], Malformed, StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], TooLarge(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }
    }

    private const string Malformed = "the upload is not a readable multipart form (broken or missing boundary); nothing was imported";

    private static string TooLarge(long maxBytes) => $"the upload is larger than {maxBytes / (1024 * 1024)} MB; nothing was imported";
}
