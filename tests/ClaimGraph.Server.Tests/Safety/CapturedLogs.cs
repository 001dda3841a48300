using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>A logger provider that keeps every formatted message, with its category and structured values.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message, string Values)> _entries = new();

    public IReadOnlyList<(string Category, string Message, string Values)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner._entries.Enqueue((category, formatter(state, exception) + (exception is null ? "" : " " + exception), values));
        }
    }
}
