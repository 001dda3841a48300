using ClaimGraph.Core.Model;

namespace ClaimGraph.Testing.Builders;

public sealed class ActorBuilder(string id)
{
    private readonly List<Alias> _aliases = [];
    private string? _name;
    private string _language = "en";
    private ActorKind _kind = ActorKind.Organisation;
    private string? _description;
    private string? _affiliationId;
    private string? _role;
    private string? _scopeSourceId;

    public ActorBuilder Named(string name, string? language = null)
    {
        _name = name;
        _language = language ?? _language;
        return this;
    }

    public ActorBuilder InLanguage(string language)
    {
        _language = language;
        return this;
    }

    public ActorBuilder OfKind(ActorKind kind)
    {
        _kind = kind;
        return this;
    }

    public ActorBuilder AlsoKnownAs(string name, string language = "en")
    {
        _aliases.Add(new Alias(name, language));
        return this;
    }

    public ActorBuilder Described(string description)
    {
        _description = description;
        return this;
    }

    public ActorBuilder AffiliatedWith(string actorId)
    {
        _affiliationId = actorId;
        return this;
    }

    public ActorBuilder WithRole(string role)
    {
        _role = role;
        return this;
    }

    /// <summary>An anonymous source cited by <paramref name="sourceId"/>.</summary>
    public ActorBuilder ScopedTo(string sourceId)
    {
        _kind = ActorKind.AnonymousSource;
        _scopeSourceId = sourceId;
        return this;
    }

    public Actor Build() => new(id, _name ?? id, _language, _kind, [.. _aliases], _description, _affiliationId, _role, _scopeSourceId);
}
