using System.Text.Json;
using ClaimGraph.Core.Import;

namespace ClaimGraph.Core.Synthetic;

/// <summary>Writes a <see cref="SyntheticGraph"/> as NDJSON in the import format, one record per line, streaming.</summary>
public static class SyntheticGraphWriter
{
    /// <returns>The number of records written.</returns>
    public static async Task<long> WriteAsync(TextWriter output, SyntheticGraphOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        long lines = 0;
        foreach (var record in new SyntheticGraph(options).Records())
        {
            ct.ThrowIfCancellationRequested();
            await output.WriteLineAsync(JsonSerializer.Serialize(record, ImportJson.Options));
            lines++;
        }

        await output.FlushAsync(ct);
        return lines;
    }

    public static async Task<long> WriteFileAsync(string path, SyntheticGraphOptions options, CancellationToken ct = default)
    {
        await using var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        return await WriteAsync(output, options, ct);
    }
}
