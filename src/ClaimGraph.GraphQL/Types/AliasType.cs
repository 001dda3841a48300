using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class AliasType : ObjectGraphType<Alias>
{
    public AliasType()
    {
        Name = "Alias";
        Description = "Another name of an actor, in a language and script of its own.";
        Field(a => a.Name);
        Field(a => a.Language).Description("BCP 47 language tag.");
        Field<NonNullGraphType<TextDirectionType>>("direction").Resolve(ctx => Directions.Of(ctx.Source.Language));
    }
}
