using System.Buffers;
using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Server.Http;

/// <summary>
/// Reads the GraphQL request parameters from a GET URL or a POST JSON body, checking each parameter's type
/// so that malformed input ends as a 4xx problem and never reaches GraphQL.NET.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    private const int ReadChunkBytes = 16 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public RequestReadResult ReadGet(HttpRequest request, GraphQLHttpOptions options)
    {
        var query = request.Query["query"];
        if (query.Count == 0 || query[0] is null)
            return RequestReadResult.Fail(HttpProblem.BadRequest("The 'query' URL parameter is missing; send the GraphQL document in it."));
        if (query.Count > 1)
            return RequestReadResult.Fail(HttpProblem.BadRequest("The 'query' URL parameter is given more than once; give it once."));
        if (query[0]!.Length > options.MaxQueryLength)
        {
            return RequestReadResult.Fail(new HttpProblem(
                StatusCodes.Status414UriTooLong,
                GraphQLErrorCodes.QueryTooLong,
                $"The 'query' URL parameter is {query[0]!.Length} characters long; the limit for GET is {options.MaxQueryLength} "
                + $"({GraphQLHttpOptions.SectionName}:MaxQueryLength). Send long documents with POST."));
        }

        var operationName = request.Query["operationName"];
        if (operationName.Count > 1)
            return RequestReadResult.Fail(HttpProblem.BadRequest("The 'operationName' URL parameter is given more than once; give it once."));

        if (!TryReadJsonParameter(request.Query["variables"], "variables", out var variables, out var problem)
            || !TryReadJsonParameter(request.Query["extensions"], "extensions", out var extensions, out problem))
        {
            return RequestReadResult.Fail(problem!);
        }

        var name = operationName.Count == 1 && !string.IsNullOrEmpty(operationName[0]) ? operationName[0] : null;
        return RequestReadResult.Ok(new GraphQLHttpRequest(query[0]!, name, variables, extensions));
    }

    public async Task<RequestReadResult> ReadPostAsync(HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(request.ContentType, out var contentTypeProblem))
            return RequestReadResult.Fail(contentTypeProblem!);

        if (request.ContentLength > options.MaxRequestBytes)
            return RequestReadResult.Fail(TooLarge(options.MaxRequestBytes));

        var body = await ReadBodyAsync(request, options.MaxRequestBytes, cancellationToken);
        if (body is not { } read)
            return RequestReadResult.Fail(TooLarge(options.MaxRequestBytes));
        try
        {
            return ReadJson(read.Buffer.AsMemory(0, read.Length));
        }
        finally
        {
            // Nothing read from the body outlives ReadJson: its JsonDocument is disposed and every value copied out.
            ArrayPool<byte>.Shared.Return(read.Buffer);
        }
    }

    private RequestReadResult ReadJson(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
            return RequestReadResult.Fail(HttpProblem.BadRequest("The request body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}."));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(SkipUtf8Bom(body), DocumentOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return RequestReadResult.Fail(HttpProblem.BadRequest($"The request body is not valid JSON: {ex.Message}"));
        }

        using (document)
        {
            try
            {
                return ReadBody(document.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // JsonElement.GetString and GetRawText refuse strings that are not valid UTF-8.
                return RequestReadResult.Fail(HttpProblem.BadRequest($"The request body is not valid UTF-8 JSON: {ex.Message}"));
            }
        }
    }

    private RequestReadResult ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return RequestReadResult.Fail(HttpProblem.BadRequest($"The request body must be a JSON object, not {Describe(root.ValueKind)}."));

        if (!root.TryGetProperty("query", out var query))
            return RequestReadResult.Fail(HttpProblem.BadRequest("The request body has no 'query'; send the GraphQL document as a string in it."));
        if (query.ValueKind != JsonValueKind.String)
            return RequestReadResult.Fail(HttpProblem.BadRequest($"The 'query' parameter must be a string, not {Describe(query.ValueKind)}."));

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name))
        {
            if (name.ValueKind == JsonValueKind.String)
                operationName = name.GetString();
            else if (name.ValueKind != JsonValueKind.Null)
                return RequestReadResult.Fail(HttpProblem.BadRequest($"The 'operationName' parameter must be a string or null, not {Describe(name.ValueKind)}."));
        }

        if (!TryReadMap(root, "variables", out var variables, out var problem) || !TryReadMap(root, "extensions", out var extensions, out problem))
            return RequestReadResult.Fail(problem!);

        return RequestReadResult.Ok(new GraphQLHttpRequest(query.GetString()!, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    private bool TryReadMap(JsonElement root, string parameter, out Inputs? value, out HttpProblem? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(parameter, out var element) || element.ValueKind == JsonValueKind.Null)
            return true;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = HttpProblem.BadRequest($"The '{parameter}' parameter must be a JSON object or null, not {Describe(element.ValueKind)}.");
            return false;
        }
        return TryConvert(element.GetRawText(), parameter, out value, out problem);
    }

    private bool TryReadJsonParameter(Microsoft.Extensions.Primitives.StringValues values, string parameter, out Inputs? value, out HttpProblem? problem)
    {
        value = null;
        problem = null;
        if (values.Count == 0)
            return true;
        if (values.Count > 1)
        {
            problem = HttpProblem.BadRequest($"The '{parameter}' URL parameter is given more than once; give it once.");
            return false;
        }

        JsonValueKind kind;
        try
        {
            using var document = JsonDocument.Parse(values[0] ?? string.Empty, DocumentOptions);
            kind = document.RootElement.ValueKind;
        }
        catch (JsonException ex)
        {
            problem = HttpProblem.BadRequest($"The '{parameter}' URL parameter must be a JSON object encoded as a string: {ex.Message}");
            return false;
        }

        if (kind == JsonValueKind.Null)
            return true;
        if (kind != JsonValueKind.Object)
        {
            problem = HttpProblem.BadRequest($"The '{parameter}' URL parameter must be a JSON object or null, not {Describe(kind)}.");
            return false;
        }
        return TryConvert(values[0]!, parameter, out value, out problem);
    }

    private bool TryConvert(string json, string parameter, out Inputs? value, out HttpProblem? problem)
    {
        problem = null;
        try
        {
            value = serializer.Deserialize<Inputs>(json);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            value = null;
            problem = HttpProblem.BadRequest($"The '{parameter}' parameter could not be read: {ex.Message}");
            return false;
        }
    }

    private static bool IsJsonContentType(string? contentType, out HttpProblem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            problem = UnsupportedMediaType("The request has no Content-Type; send the body as 'application/json'.");
            return false;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            problem = UnsupportedMediaType($"Content-Type '{contentType}' is not supported; send the body as 'application/json'.");
            return false;
        }
        if (parsed.Charset.HasValue && !GraphQLMediaTypes.IsUtf8(parsed.Charset.Value))
        {
            problem = UnsupportedMediaType($"Charset '{parsed.Charset.Value}' is not supported; send the body in UTF-8.");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Reads the whole body into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), sized
    /// by Content-Length when the client sent one, or returns null as soon as the body grows past <paramref name="maxBytes"/>.
    /// A fresh 16 KB buffer per request used to be most of what a small query allocated.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        // One byte beyond the declared length, so the read that finds the end needs no larger buffer.
        var initial = request.ContentLength is long length ? (int)Math.Min(length + 1, limit) : Math.Min(ReadChunkBytes, limit);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 1));
        var written = 0;
        try
        {
            while (true)
            {
                if (written == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                    buffer.AsSpan(0, written).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(written), cancellationToken);
                if (read == 0)
                    return (buffer, written);
                if (written + (long)read > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
                written += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static ReadOnlyMemory<byte> SkipUtf8Bom(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    private static HttpProblem TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        GraphQLErrorCodes.PayloadTooLarge,
        $"The request body is larger than {maxBytes} bytes ({GraphQLHttpOptions.SectionName}:MaxRequestBytes); send a smaller document or fewer variables.");

    private static HttpProblem UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, message);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
