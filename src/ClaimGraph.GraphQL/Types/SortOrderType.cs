using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class SortOrderType : EnumerationGraphType<SortOrder>
{
    public SortOrderType()
    {
        Name = "SortOrder";
        Description = "DEFAULT is by id. NAME_* sorts actors by name, claims by text and sources by title; NEWEST_FIRST and OLDEST_FIRST sort by publication or statement time.";
    }
}
