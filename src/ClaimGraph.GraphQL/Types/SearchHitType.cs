using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(h => h.Score).Description("Higher is a better match; compares the hits of one search only.");
        Field(h => h.Matched).Description("The text that matched: a name, alias, claim, translation, title or quote.");
        Field<NonNullGraphType<NodeInterface>>("node").Resolve(ctx =>
        {
            var loaders = ctx.Loaders();
            var id = ctx.Source.Id;
            return ctx.Source.Kind switch
            {
                NodeKind.Actor => (object)loaders.Actor.Load(id),
                NodeKind.Claim => loaders.Claim.Load(id),
                NodeKind.Source => loaders.Source.Load(id),
                _ => loaders.Statement.Load(id),
            };
        });
    }
}
