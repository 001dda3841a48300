using ClaimGraph.Core.Model;

namespace ClaimGraph.Testing.Builders;

/// <summary>A statement; actor, claim and source default to "actor", "claim" and "source".</summary>
public sealed class StatementBuilder(string id)
{
    private string _actorId = "actor";
    private string _claimId = "claim";
    private string _sourceId = "source";
    private Stance _stance = Stance.Asserts;
    private string? _quote;
    private TextSpan? _span;
    private DateTimeOffset? _statedAt;
    private string? _relayedThrough;
    private string? _relayedBy;
    private string? _originSource;
    private string? _note;

    public StatementBuilder By(string actorId)
    {
        _actorId = actorId;
        return this;
    }

    public StatementBuilder On(string claimId)
    {
        _claimId = claimId;
        return this;
    }

    public StatementBuilder In(string sourceId)
    {
        _sourceId = sourceId;
        return this;
    }

    public StatementBuilder Taking(Stance stance)
    {
        _stance = stance;
        return this;
    }

    public StatementBuilder Asserts() => Taking(Stance.Asserts);

    public StatementBuilder Confirms() => Taking(Stance.Confirms);

    public StatementBuilder Denies() => Taking(Stance.Denies);

    public StatementBuilder Demands() => Taking(Stance.Demands);

    public StatementBuilder Quoting(string quote, int? start = null)
    {
        _quote = quote;
        if (start is { } s)
            _span = new TextSpan(s, s + quote.Length);
        return this;
    }

    public StatementBuilder StatedAt(DateTimeOffset statedAt)
    {
        _statedAt = statedAt;
        return this;
    }

    public StatementBuilder StatedOn(int year, int month, int day) =>
        StatedAt(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public StatementBuilder RelayedThrough(string statementId)
    {
        _relayedThrough = statementId;
        return this;
    }

    public StatementBuilder RelayedBy(string actorId)
    {
        _relayedBy = actorId;
        return this;
    }

    public StatementBuilder OriginallyIn(string sourceId)
    {
        _originSource = sourceId;
        return this;
    }

    public StatementBuilder Noted(string note)
    {
        _note = note;
        return this;
    }

    public Statement Build() => new(
        id, _actorId, _claimId, _stance, _sourceId, _quote, _span, _statedAt, _relayedThrough, _relayedBy, _originSource, _note);
}
