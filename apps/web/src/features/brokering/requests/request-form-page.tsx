import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import type { MatchUrgency } from '../../../gql/graphql';
import { codeMessage, describeError, type DescribedError } from '../../../shared/errors';
import { apiLanguage, useDocumentTitle } from '../../../shared/page';
import { searchOf } from '../../recommendations/recommendations-url';
import {
  defaultTopic,
  requestKindLabel,
  subjectName,
  URGENCIES,
  urgencyLabel,
} from './request-labels';
import { canAskForIntroduction, seesAllRequests } from './request-permissions';
import { readNewRequestUrl, type NewRequestUrl } from './request-url';
import {
  CreateMatchRequestMutation,
  RequestFormQuery,
  SuggestedOfficeQuery,
  type ModelDimensions,
  type RequestFormLanguages,
} from './requests.graphql';
import classes from './requests.module.css';

/** The API keeps up to this many preferred languages, and a topic of up to 200 characters. */
export const LANGUAGES_MAX = 6;
export const TOPIC_MAX = 200;
export const GOAL_MAX = 2000;

/** Where a field's error takes the focus: its control, or the summary it belongs to. */
const FIELD_TARGETS: Readonly<Record<string, string>> = {
  topic: 'request-topic',
  goal: 'request-goal',
  urgency: 'request-urgency',
  preferredLanguages: 'request-languages',
  kind: 'request-subject',
  dimension: 'request-subject',
  standard: 'request-subject',
  officeCode: 'request-subject',
  suggestedOfficeCode: 'request-suggested',
};

/** `preferredLanguages.2` is the languages' control too. */
const rootOf = (field: string) => field.split('.')[0] ?? field;

/**
 * `/requests/new?kind=mentor&dimension=SECURITY&office=SN&suggested=FR`: asking the International
 * Bureau for an introduction, from a recommendation. What is asked (the kind and its dimension or
 * standard) comes from the recommendation and is shown, not edited; the topic, the goal, the
 * urgency and the preferred languages are the office's to say.
 */
export function RequestFormPage() {
  const intl = useIntl();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const [params] = useSearchParams();
  const url = readNewRequestUrl(params);
  const officeCode = url.office ?? account?.officeCode ?? '';
  const language = apiLanguage(intl.locale);
  const mayAsk = canAskForIntroduction(account, officeCode);
  const ready = url.kind === 'STANDARD_BUDDY' ? url.standard !== null : url.dimension !== null;

  useDocumentTitle(intl.formatMessage({ id: 'requests.new.documentTitle' }));

  const { data, previousData, error, refetch } = useQuery(
    RequestFormQuery,
    mayAsk && ready ? { variables: { office: officeCode, language } } : skipToken,
  );
  // after a switch of language, the form stays as it is until the new names arrive
  const shown = data ?? previousData;

  let body;
  if (!mayAsk) body = <Refused bureau={seesAllRequests(account)} officeCode={officeCode} />;
  else if (!ready)
    body = (
      <Alert color="blue" variant="light" role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            <FormattedMessage id="requests.new.noSubject" />
          </Text>
          <Anchor component={Link} to="/recommendations" size="sm">
            <FormattedMessage id="requests.toRecommendations" />
          </Anchor>
        </Stack>
      </Alert>
    );
  else if (shown)
    body = (
      <RequestForm
        url={url}
        office={shown.office}
        languages={shown.languages}
        dimensions={shown.maturityModel.dimensions}
      />
    );
  else if (error)
    body = (
      <Stack gap="sm" align="flex-start">
        <Alert color="red" role="alert" w="100%">
          {describeError(intl, error).message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="requests.retry" />
        </Button>
      </Stack>
    );
  else body = <FormSkeleton />;

  return (
    <Stack gap="lg" className={classes['page']}>
      <Stack gap={4}>
        <Title order={1}>
          <FormattedMessage id="requests.new.title" />
        </Title>
        <Text c="gray.7">
          <FormattedMessage id="requests.new.intro" />
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}

/** Brokers and admins, or a member of another office: why there is no form, and the way on. */
function Refused({ bureau, officeCode }: { bureau: boolean; officeCode: string }) {
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={<FormattedMessage id="requests.new.refused.title" />}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {bureau ? (
            <FormattedMessage id="requests.new.refused.bureau" />
          ) : (
            <FormattedMessage id="requests.new.refused.office" values={{ code: officeCode }} />
          )}
        </Text>
        <Anchor component={Link} to="/requests" size="sm">
          <FormattedMessage id={bureau ? 'requests.toAll' : 'requests.toOurs'} />
        </Anchor>
      </Stack>
    </Alert>
  );
}

type FormOffice = { code: string; name: string; languages: readonly string[] };

/** The office's working languages first, then every other, by name in the interface's language. */
function languageGroups(intl: IntlShape, office: FormOffice, languages: RequestFormLanguages) {
  const collator = new Intl.Collator(intl.locale);
  const option = (code: string) => ({
    value: code,
    label: languages.find((entry) => entry.code === code)?.name ?? code,
  });
  const working = office.languages.map(option);
  const others = languages
    .filter((entry) => !office.languages.includes(entry.code))
    .map((entry) => ({ value: entry.code, label: entry.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
  if (working.length === 0) return others;
  return [
    {
      group: intl.formatMessage({ id: 'requests.form.languages.working' }, { office: office.name }),
      items: working,
    },
    { group: intl.formatMessage({ id: 'requests.form.languages.others' }), items: others },
  ];
}

function RequestForm({
  url,
  office,
  languages,
  dimensions,
}: {
  url: NewRequestUrl;
  office: FormOffice;
  languages: RequestFormLanguages;
  dimensions: ModelDimensions;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const language = apiLanguage(intl.locale);
  const message = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  // the topic is proposed once, in the language the form opened in; then it is the person's
  const [topic, setTopic] = useState(() => defaultTopic(intl, url));
  const [goal, setGoal] = useState('');
  const [urgency, setUrgency] = useState<MatchUrgency>('NORMAL');
  const [preferred, setPreferred] = useState<string[]>(() =>
    office.languages.slice(0, LANGUAGES_MAX),
  );
  const [error, setError] = useState<DescribedError | null>(null);
  const [create, { loading }] = useMutation(CreateMatchRequestMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const urgencyLabelId = useId();
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const suggested = useQuery(
    SuggestedOfficeQuery,
    url.suggested ? { variables: { code: url.suggested, language } } : skipToken,
  );
  const suggestedName = suggested.data?.office.name ?? suggested.previousData?.office.name;
  const options = useMemo(() => languageGroups(intl, office, languages), [intl, office, languages]);

  const fieldError = (field: string): string | undefined => {
    if (!error) return undefined;
    const key = Object.keys(error.fields).find((each) => rootOf(each) === field);
    return key ? error.fields[key] : undefined;
  };
  const labels: Record<string, string> = {
    topic: message('requests.form.topic'),
    goal: message('requests.form.goal'),
    urgency: message('requests.form.urgency'),
    preferredLanguages: message('requests.form.languages'),
    kind: message('requests.form.asked'),
    dimension: message('requests.form.asked'),
    standard: message('requests.form.asked'),
    officeCode: message('requests.form.asked'),
    suggestedOfficeCode: message('requests.form.suggested'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    if (!topic.trim()) local['topic'] = message('error.rule.required');
    if (!goal.trim()) local['goal'] = message('error.rule.required');
    if (Object.keys(local).length > 0) {
      setError({
        code: 'BAD_USER_INPUT',
        message: codeMessage(intl, 'BAD_USER_INPUT'),
        fields: local,
      });
      return;
    }
    try {
      const result = await create({
        variables: {
          input: {
            officeCode: office.code,
            kind: url.kind,
            ...(url.kind === 'STANDARD_BUDDY'
              ? { standard: url.standard }
              : { dimension: url.dimension }),
            topic: topic.trim(),
            goal: goal.trim(),
            urgency,
            preferredLanguages: preferred,
            ...(url.suggested ? { suggestedOfficeCode: url.suggested } : {}),
          },
        },
      });
      const id = result.data?.createMatchRequest.id;
      if (id) void navigate(`/requests/${id}`, { state: { created: true } });
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  const summary = error
    ? Object.entries(error.fields).map(([field, text]) => ({
        field,
        target: FIELD_TARGETS[rootOf(field)],
        label: labels[rootOf(field)],
        text,
      }))
    : [];
  const subjectError =
    fieldError('kind') ??
    fieldError('dimension') ??
    fieldError('standard') ??
    fieldError('officeCode');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={classes['form']}>
      <Stack gap="lg">
        {error && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            role="alert"
            title={message('requests.form.failed')}
          >
            <Text inherit>{error.message}</Text>
            {summary.length > 0 && (
              <ul className={classes['summary']}>
                {summary.map((item) => (
                  <li key={item.field}>
                    <Anchor
                      href={item.target ? `#${item.target}` : undefined}
                      inherit
                      c="var(--mantine-color-text)"
                      underline="always"
                      onClick={(clicked) => {
                        const target = item.target && document.getElementById(item.target);
                        if (!target) return;
                        clicked.preventDefault();
                        target.focus();
                        target.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {item.label
                        ? message('requests.form.errorItem', {
                            field: item.label,
                            error: item.text,
                          })
                        : item.text}
                    </Anchor>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}

        <Paper
          component="section"
          withBorder
          p="md"
          radius="md"
          id="request-subject"
          tabIndex={-1}
          aria-labelledby="request-subject-title"
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="request-subject-title">
              <FormattedMessage id="requests.form.asked" />
            </Title>
            <dl className={classes['facts']}>
              <dt>
                <FormattedMessage id="requests.fact.office" />
              </dt>
              <dd>{office.name}</dd>
              <dt>
                <FormattedMessage id="requests.fact.kind" />
              </dt>
              <dd>{requestKindLabel(intl, url.kind)}</dd>
              <dt>
                <FormattedMessage
                  id={
                    url.kind === 'STANDARD_BUDDY'
                      ? 'requests.fact.standard'
                      : 'requests.fact.dimension'
                  }
                />
              </dt>
              <dd>{subjectName(intl, url, dimensions)}</dd>
            </dl>
            {subjectError && (
              <Text size="sm" c="var(--mantine-color-error)">
                {subjectError}
              </Text>
            )}
          </Stack>
        </Paper>

        {url.suggested && (
          <Paper
            role="note"
            id="request-suggested"
            tabIndex={-1}
            withBorder
            p="sm"
            radius="md"
            bg="blue.0"
          >
            <Text size="sm">
              <FormattedMessage
                id="requests.form.suggestedNote"
                values={{ office: suggestedName ?? url.suggested }}
              />
            </Text>
            {fieldError('suggestedOfficeCode') && (
              <Text size="sm" c="var(--mantine-color-error)">
                {fieldError('suggestedOfficeCode')}
              </Text>
            )}
          </Paper>
        )}

        <TextInput
          id="request-topic"
          label={labels['topic']}
          description={message('requests.form.topicHint')}
          value={topic}
          onChange={(event) => setTopic(event.currentTarget.value)}
          error={fieldError('topic')}
          required
          maxLength={TOPIC_MAX}
        />
        <Textarea
          id="request-goal"
          label={labels['goal']}
          description={message('requests.form.goalHint')}
          value={goal}
          onChange={(event) => setGoal(event.currentTarget.value)}
          error={fieldError('goal')}
          required
          rows={5}
          resize="vertical"
          maxLength={GOAL_MAX}
        />
        <Stack gap={6}>
          <Text id={urgencyLabelId} fw="var(--mantine-font-weight-medium)" size="sm">
            {labels['urgency']}
          </Text>
          <SegmentedControl
            id="request-urgency"
            aria-labelledby={urgencyLabelId}
            value={urgency}
            onChange={(value) => setUrgency(value as MatchUrgency)}
            transitionDuration={0}
            data={URGENCIES.map((value) => ({ value, label: urgencyLabel(intl, value) }))}
            maw="28rem"
          />
          {fieldError('urgency') && (
            <Text size="sm" c="var(--mantine-color-error)">
              {fieldError('urgency')}
            </Text>
          )}
        </Stack>
        <MultiSelect
          id="request-languages"
          name="preferredLanguages"
          label={labels['preferredLanguages']}
          description={message('requests.form.languagesHint', { max: LANGUAGES_MAX })}
          data={options}
          value={preferred}
          onChange={setPreferred}
          searchable
          maxValues={LANGUAGES_MAX}
          nothingFoundMessage={message('requests.form.nothingFound')}
          error={fieldError('preferredLanguages')}
        />

        <Group>
          <Button type="submit" loading={loading}>
            <FormattedMessage id="requests.form.submit" />
          </Button>
          <Button component={Link} to={backHref(url)} variant="subtle">
            <FormattedMessage id="requests.form.back" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Back to the recommendations the request was made from, at the same choice. */
function backHref(url: NewRequestUrl): string {
  const search = searchOf({ ...url, office: null, area: null }).toString();
  return search ? `/recommendations?${search}` : '/recommendations';
}

function FormSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="requests.new.loading" />
      </VisuallyHidden>
      <Skeleton h={120} radius="md" />
      <Skeleton h={56} />
      <Skeleton h={120} />
      <Skeleton h={36} w="40%" />
    </Stack>
  );
}
