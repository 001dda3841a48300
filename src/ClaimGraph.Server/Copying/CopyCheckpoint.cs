using System.Text.Json;

namespace ClaimGraph.Server.Copying;

/// <summary>
/// Where an interrupted copy stands: the phase it was in and the source cursor after the last batch
/// the target committed. Saved after every batch; removed when the copy completes.
/// </summary>
public sealed record CopyCheckpoint(string From, string To, string Phase, string? After, long Copied)
{
    public static CopyCheckpoint? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<CopyCheckpoint>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes a temp file and moves it into place, so an interruption never leaves half a checkpoint.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this));
        File.Move(temp, path, overwrite: true);
    }
}
