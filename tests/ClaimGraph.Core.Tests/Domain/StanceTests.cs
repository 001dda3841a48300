using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using Xunit;

namespace ClaimGraph.Core.Tests.Domain;

public sealed class StanceTests
{
    [Theory]
    [InlineData(Stance.Asserts, Stance.Denies, true)]
    [InlineData(Stance.Confirms, Stance.Denies, true)]
    [InlineData(Stance.Asserts, Stance.Confirms, false)]
    [InlineData(Stance.Denies, Stance.Denies, false)]
    [InlineData(Stance.Demands, Stance.Denies, false)]
    [InlineData(Stance.Demands, Stance.Asserts, false)]
    public void Only_holding_true_against_denying_opposes(Stance a, Stance b, bool opposes)
    {
        Assert.Equal(opposes, a.Opposes(b));
        Assert.Equal(opposes, b.Opposes(a));
    }

    [Fact]
    public void An_actor_patch_changes_only_what_it_names_and_clears_with_empty_strings()
    {
        var actor = new Actor("a", "اسم", "ar", ActorKind.Person, [new Alias("Name", "en")], "desc", "org", "role");
        var patched = new ActorPatch(Name: "اسم جديد", Description: "", Role: null).ApplyTo(actor);
        Assert.Equal("اسم جديد", patched.Name);
        Assert.Null(patched.Description);
        Assert.Equal("role", patched.Role);
        Assert.Equal("org", patched.AffiliationId);
        Assert.Equal(actor.Aliases, patched.Aliases);
    }
}
