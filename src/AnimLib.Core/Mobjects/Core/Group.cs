namespace AnimLib.Mobjects;

/// <summary>A container of any mobjects (vector or not). Enumerable and indexable.</summary>
public class Group : Mobject, IEnumerable<Mobject>
{
    /// <summary>Creates a group of the given mobjects (in order).</summary>
    public Group(params IEnumerable<Mobject> mobjects) : base(mobjects)
    {
    }

    /// <inheritdoc/>
    public IEnumerator<Mobject> GetEnumerator() => Submobjects.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
