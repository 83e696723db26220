import { Combobox, Field, Option, Text } from "@fluentui/react-components";
import { useLang } from "../i18n/LangContext";
import type { OnePager } from "../state/useOnePager";
import { ActionCard } from "./ActionCard";

/** The one-pager action: a key account from the current choices, then plan and confirm. */
export function OnePagerCard(props: { onePager: OnePager; busy: boolean }) {
  const { t } = useLang();
  const { choices, picked, action } = props.onePager;
  const name = choices.find((c) => c.key === picked)?.name ?? "";
  return (
    <ActionCard
      kind="onePager"
      title={t("onePagerTitle")}
      label={t("writeOnePager")}
      hint={t("onePagerHint")}
      state={action}
      disabled={props.busy || picked === null}
      onPlan={() => void props.onePager.plan()}
      onConfirm={() => void props.onePager.confirm()}
      onCancel={props.onePager.cancel}
      onDismissError={props.onePager.dismissError}
    >
      {choices.length === 0 ? (
        <Text size={200}>{t("onePagerNoAccounts")}</Text>
      ) : (
        <Field label={t("onePagerPick")}>
          <Combobox
            value={name}
            selectedOptions={picked ? [picked] : []}
            placeholder={t("onePagerPlaceholder")}
            disabled={props.busy}
            onOptionSelect={(_, d) => props.onePager.pick(d.optionValue ?? null)}
            data-testid="onepager-pick"
          >
            {choices.map((c) => (
              <Option key={c.key} value={c.key} text={c.name}>
                {`${c.name} (${c.class})`}
              </Option>
            ))}
          </Combobox>
        </Field>
      )}
    </ActionCard>
  );
}
