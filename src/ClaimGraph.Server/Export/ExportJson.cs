using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimGraph.Server.Export;

internal static class ExportJson
{
    /// <summary>Indented, with Arabic and other scripts written as they are rather than escaped (files, never embedded in HTML).</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
