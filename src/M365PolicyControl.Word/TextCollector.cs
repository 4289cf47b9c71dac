using System.Text;

namespace M365PolicyControl.Word;

/// <summary>Accumulates a paragraph's text with whitespace runs collapsed to one space and both ends trimmed.</summary>
internal sealed class TextCollector
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public void Append(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
        }
    }

    public void AppendSpace() => _pendingSpace = _text.Length > 0;

    public override string ToString() => _text.ToString();

    /// <summary>Normalises a whole string the same way.</summary>
    public static string Normalize(string value)
    {
        var collector = new TextCollector();
        collector.Append(value);
        return collector.ToString();
    }
}
