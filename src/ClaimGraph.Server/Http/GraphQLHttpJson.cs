using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimGraph.Server.Http;

/// <summary>The JSON settings every GraphQL response shares, so Arabic text stays readable rather than \u-escaped.</summary>
public static class GraphQLHttpJson
{
    /// <summary>An encoder that leaves every Unicode letter, Arabic included, unescaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Applies <see cref="Encoder"/>; pass it to GraphQL.NET: <c>.AddSystemTextJson(GraphQLHttpJson.Configure)</c>.</summary>
    public static void Configure(JsonSerializerOptions options) => options.Encoder = Encoder;
}
