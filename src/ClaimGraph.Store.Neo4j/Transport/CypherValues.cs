using System.Globalization;
using System.Text.Json;

namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// Decodes Query API values, in Typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>) or plain JSON.
/// Nodes become their property maps; temporal and spatial values stay their ISO text.
/// </summary>
internal static class CypherValues
{
    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Decode).ToList(),
        JsonValueKind.Object => DecodeObject(element),
        _ => throw new JsonException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    private static object? DecodeObject(JsonElement element)
    {
        if (element.TryGetProperty("$type", out var type) && element.TryGetProperty("_value", out var value))
            return DecodeTyped(type.GetString(), value);
        if (element.TryGetProperty("elementId", out _) && element.TryGetProperty("properties", out var properties))
            return Map(properties);
        return Map(element);
    }

    private static object? DecodeTyped(string? type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.ValueKind == JsonValueKind.String ? bool.Parse(value.GetString()!) : value.GetBoolean(),
        "Integer" => value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetInt64(),
        "Float" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "List" => value.EnumerateArray().Select(Decode).ToList(),
        "Map" => Map(value),
        "Node" => value.TryGetProperty("_properties", out var properties) ? Map(properties) : Map(value),
        "Relationship" => value.TryGetProperty("_properties", out var relProperties) ? Map(relProperties) : Map(value),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : Decode(value),
    };

    private static Dictionary<string, object?> Map(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            map[property.Name] = Decode(property.Value);
        return map;
    }
}
