namespace AnimLib.Mobjects;

/// <summary>
/// A container of vector mobjects. Enumerable, indexable (<c>group[^1]</c>, <c>group[1..3]</c>) and
/// buildable from any sequence of vector mobjects. Styling a group styles every member.
/// </summary>
public class VGroup : VMobject, IEnumerable<VMobject>
{
    /// <summary>Creates a group of the given vector mobjects (in order).</summary>
    public VGroup(params IEnumerable<VMobject> mobjects)
    {
        AddCore(mobjects);
    }

    /// <inheritdoc/>
    public IEnumerator<VMobject> GetEnumerator() => Submobjects.Cast<VMobject>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A <see cref="VGroup"/> whose members are all of type <typeparamref name="T"/>, so indexing and <c>foreach</c> keep their type.</summary>
/// <remarks>
/// LINQ sees the group as a sequence of <see cref="VMobject"/> (implementing a second <c>IEnumerable&lt;T&gt;</c> would make
/// LINQ's type inference ambiguous); use <see cref="Members"/> for a typed sequence.
/// </remarks>
/// <typeparam name="T">Member type.</typeparam>
public class VGroup<T> : VGroup where T : VMobject
{
    /// <summary>Creates a typed group of the given members.</summary>
    public VGroup(params IEnumerable<T> mobjects) : base(mobjects)
    {
    }

    /// <summary>The member at <paramref name="index"/>.</summary>
    public new T this[Index index] => (T)Submobjects[index];

    /// <summary>A new typed group of the members in <paramref name="range"/> (the members themselves, not copies).</summary>
    public new VGroup<T> this[Range range] => new(Submobjects.Take(range).Cast<T>());

    /// <summary>The members with their type.</summary>
    public IEnumerable<T> Members => Submobjects.Cast<T>();

    /// <summary>Typed enumerator, used by <c>foreach</c>.</summary>
    public new IEnumerator<T> GetEnumerator() => Submobjects.Cast<T>().GetEnumerator();
}
