package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.Column;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Nullable;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Compiles a {@link DataContract} class: its components (or fields) become the schema, their
 * annotations column constraints (conditional ones under {@code @When}), the class's annotations table
 * constraints, its {@code @RowRule} methods row rules and its {@code @Check} methods custom rules.
 * Mistakes become declaration problems naming the class and member.
 */
public final class ContractPlanner {

    private ContractPlanner() {
    }

    /** Compiles {@code type}, which is annotated {@link DataContract}. */
    public static SuiteDefinition<ContractState> plan(Class<?> type) {
        DataContract contract = AnnotationSupport.findAnnotation(type, DataContract.class).orElseThrow();
        List<DeclarationProblem> problems = new ArrayList<>();
        if (contract.data().isBlank()) {
            problems.add(problem(type.getName() + ": @DataContract(data = ...) is blank; name the dataset file",
                    Declarations.source(type)));
        }
        List<ColumnSpec> columns = schema(type, problems);
        List<ContractCheck> checks = new ArrayList<>();
        checks.addAll(TableConstraints.plan(type, contract, columns, problems));
        for (ColumnSpec column : columns) {
            checks.addAll(Conditions.apply(type, column, columns, ColumnConstraints.plan(type, contract, column, problems),
                    problems));
        }
        checks.addAll(RowRules.plan(type, columns, problems));
        checks.addAll(CustomRules.plan(type, contract, columns, problems));
        return new ContractDefinition(type, contract, columns, checks, problems);
    }

    private static List<ColumnSpec> schema(Class<?> type, List<DeclarationProblem> problems) {
        List<ColumnSpec> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                column(type, component.getName(), component.getType(), component, Optional.of(accessor),
                        Declarations.source(type, accessor), problems).ifPresent(columns::add);
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    column(type, field.getName(), field.getType(), field, Optional.empty(), Declarations.source(type),
                            problems).ifPresent(columns::add);
                }
            }
        }
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                problems.add(problem(type.getName() + "." + column.javaName() + " maps to the column '" + column.name()
                        + "', which another component already declares", Declarations.source(type)));
            }
        }
        return columns;
    }

    private static Optional<ColumnSpec> column(Class<?> type, String javaName, Class<?> javaType,
            AnnotatedElement element, Optional<Method> accessor, TestSource source, List<DeclarationProblem> problems) {
        Optional<ValueKind> kind = kindOf(javaType);
        if (kind.isEmpty()) {
            problems.add(problem(type.getName() + "." + javaName + " has the type " + javaType.getSimpleName()
                    + ", which mlgate cannot read from data; use long, int, double, boolean, String, LocalDate, "
                    + "LocalDateTime, Instant or an enum", source));
            return Optional.empty();
        }
        Optional<Column> column = AnnotationSupport.findAnnotation(element, Column.class);
        if (column.isPresent() && column.get().value().isBlank()) {
            problems.add(problem(type.getName() + "." + javaName + ": @Column(\"" + column.get().value()
                    + "\") names no column; write the column's name as in the header, or leave @Column out", source));
            return Optional.empty();
        }
        String name = column.map(Column::value).orElse(javaName);
        boolean nullable = !javaType.isPrimitive() && AnnotationSupport.isAnnotated(element, Nullable.class);
        if (javaType.isPrimitive() && AnnotationSupport.isAnnotated(element, Nullable.class)) {
            problems.add(problem(type.getName() + "." + javaName + " is @Nullable but has the primitive type "
                    + javaType.getSimpleName() + ", which cannot hold null; use its wrapper type", source));
        }
        Set<String> allowed = javaType.isEnum()
                ? Arrays.stream(javaType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of();
        return Optional.of(new ColumnSpec(name, javaName, kind.get(), nullable, allowed, element, accessor,
                TypeWidth.of(javaType)));
    }

    private static Optional<ValueKind> kindOf(Class<?> javaType) {
        try {
            return Optional.of(ValueKind.of(javaType));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
