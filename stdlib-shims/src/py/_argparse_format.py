"""argparse's help and usage layout (HelpFormatter and its variants), as
CPython 3.11 lays them out, with its own word wrapping (textwrap's rules
for the plain text argparse feeds it)."""

import os
from argparse import SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, PARSER


def _terminal_width():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


def _squash(text):
    return ' '.join(text.split())


def _is_letter(c):
    return c.isalpha()


def _chunks(text):
    """textwrap's chunks of one-space-separated text: words, the spaces
    between them, and hyphenated words split after their hyphens."""
    out = []
    for i, word in enumerate(text.split(' ')):
        if i:
            out.append(' ')
        start = 0
        for j in range(1, len(word) - 1):
            if word[j] != '-':
                continue
            before = (j >= 2 and _is_letter(word[j - 1]) and _is_letter(word[j - 2])) or \
                (j >= 3 and _is_letter(word[j - 1]) and word[j - 2] == '-' and _is_letter(word[j - 3]))
            after = j + 2 < len(word) + 1 and _is_letter(word[j + 1]) and (
                (j + 2 < len(word) and _is_letter(word[j + 2])) or
                (j + 3 < len(word) and word[j + 2] == '-' and _is_letter(word[j + 3])))
            if before and after:
                out.append(word[start:j + 1])
                start = j + 1
        out.append(word[start:])
    return [c for c in out if c]


def _wrap(text, width):
    """textwrap.wrap(text, width) for text already squashed to single
    spaces."""
    chunks = _chunks(text)
    chunks.reverse()
    lines = []
    while chunks:
        line = []
        length = 0
        if chunks[-1] == ' ' and lines:
            chunks.pop()
        while chunks:
            size = len(chunks[-1])
            if length + size <= width:
                line.append(chunks.pop())
                length += size
            else:
                break
        if chunks and len(chunks[-1]) > width:
            chunk = chunks[-1]
            space = max(width - length, 1)
            end = space
            hyphen = chunk.rfind('-', 0, space)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                end = hyphen + 1
            line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        if line and line[-1] == ' ':
            length -= 1
            line.pop()
        if line:
            lines.append(''.join(line))
    return lines


def _usage_parts(text):
    """The pieces usage wraps between: '[...]' and '(...)' groups, and
    other words."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] in '[(':
            close = ']' if text[i] == '[' else ')'
            j = i + 1
            while j < n and text[j] != '\n':
                if text[j] == close:
                    k = j
                    while k < n and text[k] == close:
                        k += 1
                    if k == n or text[k].isspace():
                        end = k
                        break
                j += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _subactions(action):
    """The lines listed under an action in the help (a subparsers
    action's sub-commands)."""
    get = getattr(action, '_get_subactions', None)
    return list(get()) if get is not None else []


class HelpFormatter:
    """Lays out usage, descriptions and argument help."""

    __module__ = 'argparse'

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = [(None, [])]

    # -- building

    def _items(self):
        return self._sections[-1][1]

    def start_section(self, heading):
        self._current_indent += self._indent_increment
        self._sections.append((heading, []))

    def end_section(self):
        heading, items = self._sections.pop()
        self._current_indent -= self._indent_increment
        indent = self._current_indent
        self._items().append(lambda: self._format_section(heading, items, indent))

    def _format_section(self, heading, items, indent):
        self._current_indent = indent + self._indent_increment
        body = ''.join([item() for item in items])
        self._current_indent = indent
        if not body:
            return ''
        title = '%*s%s:\n' % (indent, '', heading) if heading not in (SUPPRESS, None) else ''
        return '\n' + title + body + '\n'

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._items().append(lambda: self._format_text(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._items().append(lambda: self._format_usage(usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [action] + _subactions(action)
        length = max([len(self._format_action_invocation(a)) for a in invocations])
        length += self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        indent = self._current_indent
        self._items().append(lambda: self._format_action(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = ''.join([item() for item in self._sections[0][1]])
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        text = text.strip('\n')
        return text + '\n' if text else ''

    # -- text

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        return '\n'.join([indent + line for line in _wrap(_squash(text), width - len(indent))])

    def _split_lines(self, text, width):
        return _wrap(_squash(text), width)

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog = '%(prog)s' % dict(prog=self._prog)
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = self._wrap_usage(prefix, prog, optionals, positionals, groups, text_width)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups, text_width):
        opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
        pos_parts = _usage_parts(self._format_actions_usage(positionals, groups))

        def get_lines(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Where a mutually exclusive group's actions sit together, they
        # are shown as '[-a | -b]' (or '(-a | -b)' when required).
        starts = {}
        ends = {}
        members = set()
        for group in groups:
            acts = group._group_actions
            if not acts or acts[0] not in actions:
                continue
            first = actions.index(acts[0])
            if actions[first:first + len(acts)] != acts:
                continue
            opening, closing = ('(', ')') if group.required else ('[', ']')
            starts[id(actions[first])] = opening
            ends[id(actions[first + len(acts) - 1])] = closing
            for a in acts:
                members.add(id(a))
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if id(action) in members and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], args)
                if not action.required and id(action) not in members:
                    part = '[%s]' % part
            if id(action) in starts:
                part = starts[id(action)] + part
            if id(action) in ends:
                part = part + ends[id(action)]
            if id(action) in members and id(action) not in ends:
                part = part + ' |'
            parts.append(part)
        text = ' '.join([p for p in parts if p])
        for opening in '[(':
            text = text.replace(opening + ' ', opening)
        for closing in '])':
            text = text.replace(' ' + closing, closing)
        return text.strip()

    # -- arguments

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            parts = ['%*s%s\n' % (indent, '', header)]
        elif len(header) <= action_width:
            parts = ['%*s%-*s  ' % (indent, '', action_width, header)]
            first_indent = 0
        else:
            parts = ['%*s%s\n' % (indent, '', header)]
            first_indent = help_position
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                parts.append('%*s%s\n' % (first_indent, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not parts[-1].endswith('\n'):
            parts.append('\n')
        for sub in _subactions(action):
            parts.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (o, args) for o in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(size):
            if isinstance(result, tuple):
                return result
            return (result,) * size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            return ' '.join(['%s'] * nargs) % get(nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None

    def _expand_help(self, action):
        params = action._params()
        params['prog'] = self._prog
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    __module__ = 'argparse'

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks."""

    __module__ = 'argparse'

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to each argument's help."""

    __module__ = 'argparse'

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values by their type's name."""

    __module__ = 'argparse'

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
