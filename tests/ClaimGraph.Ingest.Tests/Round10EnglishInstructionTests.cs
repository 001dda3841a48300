using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: instructions and requests demand (told / warned / ordered / advised X to, recommended / proposed / asked that, a quotation opening with an order); on sentences written for these tests.</summary>
public sealed class Round10EnglishInstructionTests
{
    private static Finding One(string text) => Assert.Single(StatementExtractor.Extract(text, "en"));

    [Theory]
    [InlineData("Coastguard officers told swimmers to leave the water immediately.")]
    [InlineData("The club warned supporters to avoid the east stand.")]
    [InlineData("The tribunal ordered the landlord to repay the deposits.")]
    [InlineData("The embassy advised citizens to register their addresses.")]
    [InlineData("The auditor recommended that the fund be wound up.")]
    [InlineData("Teachers proposed that exams move to June.")]
    [InlineData("The senator asked that the hearing be held in public.")]
    [InlineData("\"Keep your children away from the river,\" the fire chief said.")]
    [InlineData("\"Don't believe the rumours,\" said coach Ivan Ruiz.")]
    public void An_instruction_or_request_demands(string text) => Assert.Equal(Stance.Demands, One(text).Stance);

    [Theory]
    [InlineData("Chief executive Lena Park told the Valley Post that the firm wanted to expand.")]
    [InlineData("The club warned that ticket prices would rise.")]
    [InlineData("\"Help is on its way,\" the mayor said.")]
    [InlineData("\"Stay-at-home orders worked,\" said Professor Kim Yates.")]
    [InlineData("The auditor clarified that the fund was solvent.")]
    public void A_statement_stays_an_assertion(string text) => Assert.Equal(Stance.Asserts, One(text).Stance);
}
