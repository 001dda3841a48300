using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace ClaimGraph.Server.Http;

/// <summary>Writes GraphQL responses: execution results through GraphQL.NET's serializer, transport problems directly.</summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = GraphQLHttpJson.Encoder };

    /// <summary>Writes <paramref name="result"/>, serialized in full first so a serializer failure can still become a clean 500.</summary>
    public static async Task WriteResultAsync(
        HttpResponse response, IGraphQLTextSerializer serializer, ExecutionResult result, int statusCode, string mediaType, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        response.StatusCode = statusCode;
        response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    /// <summary>Writes <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> with the status (and Allow header) of <paramref name="problem"/>.</summary>
    public static async Task WriteProblemAsync(HttpResponse response, HttpProblem problem, string mediaType, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", problem.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", problem.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        response.StatusCode = problem.StatusCode;
        response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        if (problem.Allow is not null)
            response.Headers.Allow = problem.Allow;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}
