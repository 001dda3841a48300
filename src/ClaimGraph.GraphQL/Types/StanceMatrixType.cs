using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StanceMatrixType : ObjectGraphType<StanceMatrix>
{
    public StanceMatrixType()
    {
        Name = "StanceMatrix";
        Description = "The actors with the most statements (rows), the claims with the most statements (columns), and the non-empty cells between them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors").Resolve(ctx => ctx.Source.Actors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").Resolve(ctx => ctx.Source.Claims);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StanceCellType>>>>("cells").Resolve(ctx => ctx.Source.Cells);
    }
}
