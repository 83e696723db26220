import {
  Button,
  Combobox,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
  useId,
  type ComboboxProps,
} from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult } from "../../core/analyze";
import { formatPercent } from "../../core/i18n/format";
import type { CustomerFigures } from "../../core/kam/keyAccounts";
import { useLang } from "../i18n/LangContext";
import { pickedCustomers, pickOptions, type OnPicksChange } from "../logic/kamPicks";
import { usePlainList } from "./plainList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  combobox: { minWidth: "0", width: "100%" },
  option: { display: "flex", flexDirection: "column", minWidth: "0" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: "0",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  itemText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: "0" },
  remove: { flexShrink: 0 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/**
 * Key accounts picked by hand: a searchable multiselect over the analysed customers in rank order
 * (those that are key accounts by their class anyway are not offered) and the list of picked ones,
 * each with a remove button. Changes are announced in a live region.
 */
export function KamPicker(props: {
  result: AnalysisResult;
  includeB: boolean;
  extraKeys: string[];
  disabled: boolean;
  onChange: OnPicksChange;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const plain = usePlainList();
  const { result, includeB, extraKeys } = props;
  const [query, setQuery] = useState("");
  // Typing stays responsive on a million customers: the list follows a moment later.
  const search = useDeferredValue(query);
  const { options, total } = useMemo(
    () => pickOptions(result, search, includeB),
    [result, search, includeB]
  );
  const picked = useMemo(() => pickedCustomers(result, extraKeys), [result, extraKeys]);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number | null>(null);
  const listLabel = useId("kam-picked");

  // After a removal, focus goes to the next remove button, else the last one, else the search.
  useEffect(() => {
    const at = focusAfterRemove.current;
    if (at === null) return;
    focusAfterRemove.current = null;
    const buttons = list.current?.querySelectorAll("button") ?? [];
    const next = buttons[Math.min(at, buttons.length - 1)];
    (next ?? input.current)?.focus();
  }, [picked]);

  const figuresText = (f: CustomerFigures) =>
    t("kamPickMeta", { rank: f.rank, cls: f.class, share: formatPercent(f.share, lang) });
  const nameOf = (key: string) =>
    options.find((o) => o.key === key)?.name ??
    picked.find((p) => p.key === key)?.figures?.name ??
    key;

  const onOptionSelect: ComboboxProps["onOptionSelect"] = (_, data) => {
    const next = data.selectedOptions.filter((k) => !k.startsWith(" "));
    const added = next.find((k) => !extraKeys.includes(k));
    const removed = extraKeys.find((k) => !next.includes(k));
    props.onChange(next);
    if (added) setAnnouncement(t("kamPickAdded", { name: nameOf(added) }));
    else if (removed) setAnnouncement(t("kamPickRemoved", { name: nameOf(removed) }));
  };

  const remove = (key: string, at: number) => {
    focusAfterRemove.current = at;
    props.onChange(extraKeys.filter((k) => k !== key));
    setAnnouncement(t("kamPickRemoved", { name: nameOf(key) }));
  };

  return (
    <div className={s.root} data-testid="kam-pick">
      <Field label={t("kamPickLabel")} hint={includeB ? t("kamPickHintB") : t("kamPickHint")}>
        <Combobox
          ref={input}
          className={s.combobox}
          multiselect
          freeform
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          selectedOptions={extraKeys}
          onOptionSelect={onOptionSelect}
          // The search stays while the list is open (several picks); closing it starts afresh.
          onOpenChange={(_, data) => !data.open && setQuery("")}
          placeholder={t("kamPickPlaceholder")}
          disabled={props.disabled}
          data-testid="kam-pick-search"
        >
          {options.map((o) => (
            <Option key={o.key} value={o.key} text={o.name}>
              <span className={s.option}>
                <span className={s.name}>{o.name}</span>
                <span className={s.meta}>{figuresText(o)}</span>
              </span>
            </Option>
          ))}
          {/* Values with a leading space are no customer keys (keys are trimmed). */}
          {total > options.length && (
            <Option
              disabled
              value=" more"
              text={t("kamPickMore", { count: total - options.length })}
            >
              {t("kamPickMore", { count: total - options.length })}
            </Option>
          )}
          {total === 0 && (
            <Option disabled value=" none" text={t("kamPickNone")}>
              {t("kamPickNone")}
            </Option>
          )}
        </Combobox>
      </Field>
      {picked.length > 0 && (
        <>
          <Text id={listLabel} size={200} weight="semibold">
            {t("kamPicked", { count: picked.length })}
          </Text>
          <ul
            ref={list}
            className={plain.list}
            aria-labelledby={listLabel}
            data-testid="kam-picked"
          >
            {picked.map((p, i) => {
              const name = p.figures?.name ?? p.key;
              return (
                <li key={p.key} className={s.item}>
                  <span className={s.itemText}>
                    <span className={s.name} title={name}>
                      {name}
                    </span>
                    <span className={s.meta}>
                      {p.figures ? figuresText(p.figures) : t("kamPickNotInData")}
                    </span>
                  </span>
                  <Button
                    className={s.remove}
                    size="small"
                    appearance="subtle"
                    aria-label={t("kamPickRemoveLabel", { name })}
                    disabled={props.disabled}
                    onClick={() => remove(p.key, i)}
                  >
                    {t("kamPickRemove")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div role="status" aria-live="polite" className={s.hidden}>
        {announcement}
      </div>
    </div>
  );
}
