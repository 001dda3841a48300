using ClaimGraph.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

public sealed class SchemaDriftTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    /// <summary>
    /// graph-schema/claimgraph.graphql is the API's contract. When this fails, review the change and
    /// regenerate the file: dotnet run --project src/ClaimGraph.Server -- schema > graph-schema/claimgraph.graphql
    /// </summary>
    [Fact]
    public void The_committed_schema_matches_the_code()
    {
        var printed = SchemaText.Print(fixture.App.Services.GetRequiredService<ClaimGraphSchema>());
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "graph-schema", "claimgraph.graphql")).ReplaceLineEndings("\n");
        Assert.Equal(committed, printed);
    }
}
