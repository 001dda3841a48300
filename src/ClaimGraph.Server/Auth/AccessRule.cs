using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClaimGraph.Server.Auth;

/// <summary>
/// Refuses, before anything executes, an operation the caller's key does not allow: a mutation needs role write
/// (deletes and merges need admin), a query needs role read when reads are closed, and a key that matches nothing
/// is refused outright. Root fields are collected through fragments, so spreading a fragment does not hide a delete.
/// </summary>
public sealed class AccessRule(AuthOptions options) : ValidationRuleBase
{
    /// <summary>Mutation fields that destroy or merge records: admin only. Every other mutation field needs write.</summary>
    public static readonly IReadOnlySet<string> AdminFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "deleteActor", "deleteClaim", "deleteSource", "deleteStatement", "mergeActors",
    };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is { } operation)
            Check(context, operation);
        return default;
    }

    private void Check(ValidationContext context, GraphQLOperationDefinition operation)
    {
        var user = context.User;
        if (ApiKeyAuthenticator.IsRejected(user))
        {
            Deny(context, operation, AuthErrorCodes.Unauthenticated,
                "The API key is not recognised. Send a key you were given, as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>', or send none to read.");
            return;
        }

        var (needed, field) = Needed(context.Document, operation);
        var held = ApiKeyAuthenticator.RoleOf(user);
        if (held >= needed)
            return;

        var what = field is null ? $"A {operation.Operation.ToString().ToLowerInvariant()}" : $"'{field}'";
        var role = needed.ToString().ToLowerInvariant();
        if (held == AccessRole.None)
        {
            Deny(context, operation, AuthErrorCodes.Unauthenticated,
                $"{what} needs an API key with role '{role}'; send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
        }
        else
        {
            Deny(context, operation, AuthErrorCodes.Forbidden,
                $"{what} needs role '{role}', and the key '{user!.Identity!.Name}' has role '{held.ToString().ToLowerInvariant()}'; use a key with role '{role}'.");
        }
    }

    private (AccessRole Role, string? Field) Needed(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Mutation)
            return (options.OpenReads ? AccessRole.None : AccessRole.Read, null);

        var admin = RootFields(document, operation.SelectionSet, []).FirstOrDefault(AdminFields.Contains);
        return admin is null ? (AccessRole.Write, null) : (AccessRole.Admin, admin);
    }

    private static IEnumerable<string> RootFields(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field.Name.StringValue;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var name in RootFields(document, inline.SelectionSet, visitedFragments))
                        yield return name;
                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue):
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (fragment is not null)
                    {
                        foreach (var name in RootFields(document, fragment.SelectionSet, visitedFragments))
                            yield return name;
                    }

                    break;
            }
        }
    }

    private static void Deny(ValidationContext context, GraphQLOperationDefinition operation, string code, string message) =>
        context.ReportError(new AccessDeniedError(context.Document.Source, operation, code, message));
}
