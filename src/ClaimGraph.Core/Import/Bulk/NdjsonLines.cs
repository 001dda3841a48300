namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// Splits a stream into lines of raw UTF-8 bytes, each with the byte offset just after it, reading
/// a buffer at a time so memory stays flat whatever the file's size. A yielded line is only valid
/// until the next one is read.
/// </summary>
internal static class NdjsonLines
{
    public static async IAsyncEnumerable<(ReadOnlyMemory<byte> Line, long EndOffset)> ReadAsync(
        Stream stream, long startOffset, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new byte[1 << 20];
        int start = 0, end = 0;
        var offset = startOffset;
        var eof = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                offset += newline + 1;
                yield return (buffer.AsMemory(start, newline), offset);
                start += newline + 1;
                continue;
            }

            if (eof)
            {
                if (end > start)
                    yield return (buffer.AsMemory(start, end - start), offset + end - start);
                yield break;
            }

            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
            if (read == 0)
                eof = true;
            end += read;
        }
    }
}
