/** UserImport's strings in Arabic. */
import { createRosterFormat, type RosterFormat } from '../react/messages.js';
import type { UserImportMessages } from '../components/UserImport/messages.js';

const ar = createRosterFormat('ar');
/** Arabic has six plural forms; the format picks the one for each count. */
const rows = (n: number, f: RosterFormat) =>
  f.plural(n, { zero: 'لا صفوف', one: 'صف واحد', two: 'صفّان', few: `${f.number(n)} صفوف`, many: `${f.number(n)} صفًا`, other: `${f.number(n)} صف` });
const users = (n: number, f: RosterFormat) =>
  f.plural(n, { zero: 'لا مستخدمين', one: 'مستخدم واحد', two: 'مستخدمان', few: `${f.number(n)} مستخدمين`, many: `${f.number(n)} مستخدمًا`, other: `${f.number(n)} مستخدم` });
const seconds = (n: number, f: RosterFormat) =>
  f.plural(n, { zero: 'لحظات', one: 'ثانية واحدة', two: 'ثانيتين', few: `${f.number(n)} ثوانٍ`, many: `${f.number(n)} ثانية`, other: `${f.number(n)} ثانية` });

export const arUserImportMessages: UserImportMessages = {
  label: 'استيراد المستخدمين',
  openButton: 'استيراد CSV',
  description: 'أنشئ مستخدمين من ملف CSV. لا يُرسل شيء قبل أن تراجع المعاينة.',

  chooseFile: 'اختر ملف CSV',
  dropHint: 'أو أفلته هنا',
  columnsHint:
    'صف عناوين، ثم مستخدم واحد في كل صف. الأعمدة: email (مطلوب)، name، given name، family name، phone، roles (أسماء أو معرّفات يفصل بينها ; أو |)، organization (اسم أو معرّف)، invite (yes أو no).',
  reading: (fileName) => (fileName ? `جارٍ قراءة ${fileName}…` : 'جارٍ قراءة الملف…'),
  chooseAnother: 'اختر ملفًا آخر',
  fileProblems: {
    empty: 'الملف فارغ.',
    noRows: 'في الملف صف عناوين ولكن لا مستخدمين.',
    noEmailColumn: (found, f = ar) => `يحتاج الملف إلى عمود «email». صف العناوين فيه: ${found.length ? f.list(found) : 'لا شيء'}.`,
    tooManyRows: (limit, f = ar) => `في الملف أكثر من ${f.number(limit)} صف. كل صف طلب إلى مزوّد الهوية، فاستورد ${f.number(limit)} على الأكثر في كل مرة: قسّم الملف.`,
    tooLarge: (megabytes, f = ar) => `حجم الملف أكبر من ${f.number(megabytes)} ميغابايت. قسّمه إلى ملفات أصغر.`,
    notText: 'هذا ليس ملف CSV نصيًا. احفظه من جدول البيانات بصيغة «CSV UTF-8».',
    unterminatedQuote: (row, f = ar) => `خلية بين علامتي اقتباس في الصف ${f.number(row)} لا تُغلق أبدًا، فلا يمكن فصل الصفوف التي تليها.`,
    unreadable: 'تعذّرت قراءة الملف.',
  },
  lookupFailed: 'تعذّر التحقق من أدوار الملف ومؤسساته.',

  summary: (total, ready, problems, f = ar) => `${rows(total, f)}: ${f.number(ready)} جاهز، ${f.number(problems)} فيها مشكلات.`,
  checkingExisting: (done, total, f = ar) => `جارٍ البحث عن المستخدمين الموجودين: ${f.number(done)} من ${f.number(total)}…`,
  existingNotChecked: 'تعذّر التحقق من المستخدمين الموجودين؛ يرفض مزوّد الهوية مستخدمًا ثانيًا بالبريد الإلكتروني نفسه.',
  ignoredColumns: (names, f = ar) => `لن يُستورد: ${f.list(names)}.`,
  notes: {
    droppedPhone: 'لا يحفظ مزوّد الهوية هذا أرقام الهاتف عند الإنشاء: ستُحذف.',
    droppedRoles: 'لا يمنح مزوّد الهوية هذا أدوارًا عند الإنشاء: ستُحذف.',
    droppedInvite: 'لا يرسل مزوّد الهوية هذا دعوات: سيُنشأ المستخدمون بلا دعوة.',
    namesCombined: 'يحفظ مزوّد الهوية هذا اسمًا واحدًا: يُجمع فيه الاسم الأول واسم العائلة.',
    inviteOnly: 'مزوّد الهوية هذا يدعو فقط: سيتلقى كل مستخدم دعوة.',
    organizationColumnIgnored: 'سينضم كل المستخدمين إلى هذه المؤسسة: لن يُقرأ عمود المؤسسة.',
  },
  inviteByDefault: 'أرسل دعوة إلى المستخدمين الذين لا يحدد صفهم ذلك',
  onlyProblems: 'اعرض الصفوف التي فيها مشكلات فقط',
  rowsLabel: 'صفوف الملف',
  columnRow: 'الصف',
  columnUser: 'المستخدم',
  columnResult: 'النتيجة',
  ready: 'جاهز',
  issues: {
    missingEmail: 'لا يوجد بريد إلكتروني.',
    invalidEmail: 'ليس بريدًا إلكترونيًا صالحًا.',
    duplicate: (firstRow, f = ar) => `البريد الإلكتروني نفسه في الصف ${f.number(firstRow)}.`,
    exists: 'يوجد مستخدم بهذا البريد الإلكتروني بالفعل.',
    unknownRoles: (values, f = ar) => `${f.plural(values.length, { one: 'دور غير معروف', other: 'أدوار غير معروفة' })}: ${f.list(values)}.`,
    unknownOrganization: (value) => `مؤسسة غير معروفة: ${value}.`,
    noOrganizations: 'لا يستطيع مزوّد الهوية هذا إضافة المستخدمين إلى المؤسسات.',
    oneRole: 'حدّد دورًا واحدًا بالضبط في المؤسسة.',
    invalidInvite: (value) => `يجب أن تكون قيمة invite هي yes أو no، لا «${value}».`,
  },
  rowRoles: (roles, f = ar) => `الأدوار: ${f.list(roles)}`,
  rowOrganization: (name) => `المؤسسة: ${name}`,
  rowInvite: 'دعوة',
  paginationLabel: 'صفحات الصفوف',
  pageOf: (page, pageCount, f = ar) => `الصفحة ${f.number(page)} من ${f.number(pageCount)}`,
  previousPage: 'السابق',
  nextPage: 'التالي',
  importUsers: (count, f = ar) => `استيراد ${users(count, f)}`,

  progressLabel: 'تقدّم الاستيراد',
  progress: (sent, total, f = ar) => `أُرسل ${f.number(sent)} من ${f.number(total)}`,
  counts: (created, failed, f = ar) => `أُنشئ ${f.number(created)}، فشل ${f.number(failed)}`,
  paused: (count, f = ar) => `طلب مزوّد الهوية الإبطاء: سيُستأنف بعد ${seconds(count, f)}.`,
  stop: 'إيقاف',
  stopping: 'جارٍ الإيقاف: بانتظار الطلبات المرسلة بالفعل…',
  rowStatus: {
    waiting: 'في الانتظار',
    sending: 'جارٍ الإرسال…',
    created: 'أُنشئ',
    invited: 'دُعي',
    failed: 'فشل',
    notSent: 'لم يُرسل',
    createdNotJoined: (organization) => `أُنشئ، لكنه لم يُضف إلى ${organization}`,
  },
  done: (created, failed, f = ar) => `أُنشئ ${users(created, f)}.${failed ? ` فشل ${f.number(failed)}.` : ''}`,
  stopped: (created, notSent, f = ar) => `توقّف: أُنشئ ${users(created, f)}، ولم يُرسل ${f.number(notSent)}.`,
  keptBack: (count, f = ar) => `لم يُرسل ${rows(count, f)} فيها مشكلات.`,
  retryFailed: (count, f = ar) => `إعادة محاولة ${f.number(count)} فشلت`,
  sendRest: (count, f = ar) => `إرسال ${f.number(count)} لم تُرسل`,
  onlyFailed: 'اعرض الصفوف التي فشلت فقط',
  importAnother: 'استيراد ملف آخر',
  finish: 'تم',
  stopTitle: 'إيقاف الاستيراد؟',
  stopDescription: 'لن تُرسل الصفوف التي لم تُرسل بعد. يبقى المستخدمون الذين أُنشئوا.',
  keepImporting: 'متابعة الاستيراد',
  stopImport: 'إيقاف',
};
