using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: more roles written before a name and later alone ("the striker", "the economist", "the councillor"); on sentences written for these tests.</summary>
public sealed class Round11EnglishRoleHolderTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Theory]
    [InlineData("Striker Leo Banner scored twice on Sunday. The striker said the title race was over.", "Leo Banner")]
    [InlineData("Economist Mara Lind expects rates to fall. The economist said inflation had peaked.", "Mara Lind")]
    [InlineData("Councillor Ade Bello walked out of the meeting. Later the councillor said the vote had been rigged.", "Ade Bello")]
    public void A_role_alone_is_the_one_person_named_with_it(string text, string name) =>
        Assert.Contains(StatementExtractor.Extract(text, "en"), f => f.Speaker!.Name == name);

    [Fact]
    public void Two_people_with_the_role_leave_it_unresolved()
    {
        var found = En("Striker Leo Banner and striker Tom Hale both scored. The striker said the title race was over.");
        Assert.DoesNotContain(found, f => f.Speaker!.Name is "Leo Banner" or "Tom Hale");
    }
}
