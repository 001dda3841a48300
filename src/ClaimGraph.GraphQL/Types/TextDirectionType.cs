using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class TextDirectionType : EnumerationGraphType<TextDirection>
{
    public TextDirectionType()
    {
        Name = "TextDirection";
        Description = "Which way a text runs: RTL for Arabic and other right-to-left scripts.";
    }
}
