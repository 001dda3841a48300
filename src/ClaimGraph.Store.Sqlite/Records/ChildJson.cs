using System.Text.Json;

namespace ClaimGraph.Store.Sqlite.Records;

/// <summary>Child rows travel with their parent row as a JSON array built by json_group_array, so one statement reads both.</summary>
internal static class ChildJson
{
    public static string[] Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string[][] Pairs(string json) => JsonSerializer.Deserialize<string[][]>(json) ?? [];
}
