using ClaimGraph.Server.Auth;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>Keys for the auth tests: configured hashed, as a deployment would, next to the fixture's admin key.</summary>
public static class TestKeys
{
    public const string Alice = "alice-writes-0123456789abcdef";
    public const string Bob = "bob-writes-0123456789abcdef01";
    public const string Reader = "reader-reads-0123456789abcdef";

    /// <summary>Settings for keys 1.. (key 0 is the fixture's admin), plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>();
        Add(settings, 1, "alice", Alice, "write");
        Add(settings, 2, "bob", Bob, "Write");
        Add(settings, 3, "reader", Reader, "read");
        foreach (var (key, value) in extra)
            settings[key] = value;
        return settings;
    }

    private static void Add(Dictionary<string, string> settings, int index, string name, string key, string role)
    {
        settings[$"ClaimGraph:Auth:Keys:{index}:Name"] = name;
        settings[$"ClaimGraph:Auth:Keys:{index}:Hash"] = ApiKeyHash.Compute(key);
        settings[$"ClaimGraph:Auth:Keys:{index}:Role"] = role;
    }
}
