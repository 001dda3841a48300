using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

public static class JsonAssert
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Equal(string expected, JsonNode? actual)
    {
        var want = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(want, actual),
            $"Expected:\n{want?.ToJsonString(Pretty)}\nActual:\n{actual?.ToJsonString(Pretty)}");
    }
}
