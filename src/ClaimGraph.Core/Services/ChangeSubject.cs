namespace ClaimGraph.Core.Services;

/// <summary>
/// A minimal hot observable: values published go to every current subscriber that wants them. A subscriber that
/// throws is dropped rather than allowed to fail the write that published the value.
/// </summary>
public sealed class ChangeSubject<T>
{
    private readonly Lock _gate = new();
    private ImmutableSubscribers _subscribers = new([]);

    public int SubscriberCount => _subscribers.Items.Count;

    public IObservable<T> Where(Func<T, bool> wanted) => new Filtered(this, wanted);

    public void Publish(T value)
    {
        foreach (var (observer, wanted) in _subscribers.Items)
        {
            try
            {
                if (wanted(value))
                    observer.OnNext(value);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Remove(observer);
            }
        }
    }

    private IDisposable Add(IObserver<T> observer, Func<T, bool> wanted)
    {
        lock (_gate)
            _subscribers = new([.. _subscribers.Items, (observer, wanted)]);
        return new Unsubscriber(this, observer);
    }

    private void Remove(IObserver<T> observer)
    {
        lock (_gate)
            _subscribers = new(_subscribers.Items.Where(s => !ReferenceEquals(s.Observer, observer)).ToList());
    }

    private sealed record ImmutableSubscribers(IReadOnlyList<(IObserver<T> Observer, Func<T, bool> Wanted)> Items);

    private sealed class Filtered(ChangeSubject<T> subject, Func<T, bool> wanted) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => subject.Add(observer, wanted);
    }

    private sealed class Unsubscriber(ChangeSubject<T> subject, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => subject.Remove(observer);
    }
}
