using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class LinkClaimsInputType : InputObjectGraphType<LinkClaimsInput>
{
    public LinkClaimsInputType()
    {
        Name = "LinkClaimsInput";
        Field(l => l.From, type: typeof(NonNullGraphType<IdGraphType>));
        Field(l => l.To, type: typeof(NonNullGraphType<IdGraphType>));
        Field(l => l.Kind, type: typeof(NonNullGraphType<ClaimLinkKindType>));
        Field(l => l.Note, nullable: true);
    }
}
