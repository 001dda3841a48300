using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimGraph.Store.Neo4j.Transport;

internal static class CypherJson
{
    /// <summary>Parameters as plain JSON; Arabic stays unescaped, which keeps request logs readable.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
