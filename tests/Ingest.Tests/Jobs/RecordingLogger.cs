using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Tests.Jobs;

/// <summary>A logger that keeps every message as written, with its exception's message appended.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyCollection<string> Messages => messages;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        messages.Enqueue(exception is null ? formatter(state, exception) : $"{formatter(state, exception)} {exception.Message}");
    }
}
