using System.Buffers.Text;
using System.Text.Json;
using ClaimGraph.Core.Errors;

namespace ClaimGraph.Core.Store;

/// <summary>
/// Where a page ended: the ordering it belongs to, the sort key values and the id of the last
/// row. Opaque to clients (base64url of a small JSON object).
/// </summary>
public sealed record Cursor(string Order, IReadOnlyList<object?> Keys, string Id)
{
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("o", Order);
            json.WriteStartArray("k");
            foreach (var key in Keys)
            {
                switch (key)
                {
                    case null: json.WriteNullValue(); break;
                    case long number: json.WriteNumberValue(number); break;
                    default: json.WriteStringValue((string)key); break;
                }
            }

            json.WriteEndArray();
            json.WriteString("id", Id);
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>Reads a cursor given back by a client; anything that is not one of ours for this ordering is a VALIDATION error on "after".</summary>
    public static Cursor Decode(string text, string order, int keyCount)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(text));
            var root = document.RootElement;
            var cursorOrder = root.GetProperty("o").GetString();
            if (cursorOrder != order)
                throw Invalid("it was issued for a different sort order");

            var keys = root.GetProperty("k").EnumerateArray().Select(ReadKey).ToList();
            if (keys.Count != keyCount)
                throw Invalid("it does not match this query");

            var id = root.GetProperty("id").GetString() ?? throw Invalid("it has no id");
            return new Cursor(order, keys, id);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Invalid("it is not a cursor this store issued", e);
        }
    }

    private static object? ReadKey(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt64(),
        _ => throw new FormatException("Unexpected cursor key."),
    };

    private static ClaimGraphException Invalid(string why, Exception? inner = null) =>
        new(ErrorCode.Validation, $"The 'after' cursor is not valid here: {why}. Use a cursor from a page of the same query.", "after", inner);
}
