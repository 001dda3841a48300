using ClaimGraph.Core.Model;
using Xunit;

namespace ClaimGraph.Testing.Contract;

/// <summary>Field-by-field equality for records that hold lists (record equality compares list references).</summary>
public static class RecordAssert
{
    public static void Equal(Actor expected, Actor actual)
    {
        Assert.Equal(expected with { Aliases = [] }, actual with { Aliases = [] });
        Assert.Equal(expected.Aliases, actual.Aliases);
    }

    public static void Equal(Claim expected, Claim actual)
    {
        Assert.Equal(expected with { Translations = [] }, actual with { Translations = [] });
        Assert.Equal(expected.Translations, actual.Translations);
    }

    public static void Equal(Source expected, Source actual)
    {
        Assert.Equal(expected with { CitedSourceIds = [] }, actual with { CitedSourceIds = [] });
        Assert.Equal(expected.CitedSourceIds, actual.CitedSourceIds);
        Assert.Equal(expected.PublishedAt?.Offset, actual.PublishedAt?.Offset);
    }

    public static void Equal(Statement expected, Statement actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.StatedAt?.Offset, actual.StatedAt?.Offset);
    }
}
