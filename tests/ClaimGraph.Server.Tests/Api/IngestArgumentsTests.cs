using ClaimGraph.Server.Cli;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

public sealed class IngestArgumentsTests
{
    [Fact]
    public void Flags_fill_what_is_known_about_the_articles()
    {
        var a = IngestArguments.Parse(["x.txt", "--commit", "--publisher", "baladi-news", "--language", "ar", "--out", "d.ndjson", "y.ndjson", "--id", "s1"]);
        Assert.Null(a.Error);
        Assert.Equal(2, a.Paths.Count);
        Assert.True(a.Commit);
        Assert.Equal(("baladi-news", "ar", "s1", "d.ndjson"), (a.Defaults.Publisher, a.Defaults.Language, a.Defaults.SourceId, a.Out));
    }

    [Theory]
    [InlineData("--language", "fr")]
    [InlineData("--colour", "red")]
    [InlineData("--publisher", null)]
    public void Bad_flags_are_reported(string flag, string? value)
    {
        var args = value is null ? new[] { "x.txt", flag } : new[] { "x.txt", flag, value };
        Assert.NotNull(IngestArguments.Parse(args).Error);
    }
}
