namespace DocArchive.Fixtures;

/// <summary>A fixture could not be made (a tool failed or is missing).</summary>
public sealed class FixtureException : Exception
{
    public FixtureException()
    {
    }

    public FixtureException(string message)
        : base(message)
    {
    }

    public FixtureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
