namespace DocArchive.Ingest.Register.Persons;

/// <summary>What became of an officer's decision on two persons.</summary>
public enum PersonDecisionOutcome
{
    /// <summary>Recorded (and for a merge or its undoing, the documents moved).</summary>
    Done,

    /// <summary>A person or the decision does not exist.</summary>
    NotFound,

    /// <summary>Nothing to do: the same person twice, a person already merged into another, a merge already undone.</summary>
    Refused,
}
