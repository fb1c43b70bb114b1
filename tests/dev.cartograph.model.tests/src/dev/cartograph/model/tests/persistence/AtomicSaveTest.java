// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.internal.persistence.AtomicFileWriter;
import dev.cartograph.model.persistence.ModelPersistence;

/** A save that fails, or is killed, leaves the previous file as it was. */
class AtomicSaveTest {

    @TempDir
    Path directory;

    @Test
    void aWriteFailingMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        portfolio.setName("Renamed");
        Resource resource = portfolio.eResource();

        IOException failure = assertThrows(IOException.class,
                () -> resource.save(Map.of(AtomicFileWriter.OPTION_STREAM_DECORATOR, failAfter(200))));

        assertEquals("No space left on device (simulated)", failure.getMessage());
        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), Files.readAllBytes(file));
        assertEquals("Customer service AI", ModelPersistence.load(file).getName());
        assertEquals(List.of(file), filesIn(directory));
    }

    @Test
    void aModelThatCannotBeWrittenLeavesThePreviousFileIntact() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        UseCase outsideAnyResource = CartographFactory.eINSTANCE.createUseCase();
        portfolio.getUseCases().get(0).getDependsOn().add(outsideAnyResource);

        assertThrows(IOException.class, () -> ModelPersistence.save(portfolio.eResource()));

        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(directory));
    }

    @Test
    void aFirstSaveThatFailsLeavesNoFileAtAll() throws IOException {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName("Claims");
        Path file = directory.resolve("new.cartograph");
        // Save once to put the portfolio in a resource for the file, then delete the file: the next save is a first.
        ModelPersistence.save(portfolio, file);
        Files.delete(file);

        assertThrows(IOException.class, () -> portfolio.eResource()
                .save(Map.of(AtomicFileWriter.OPTION_STREAM_DECORATOR, failAfter(10))));

        assertEquals(List.of(), filesIn(directory));
    }

    @Test
    void whileANewVersionIsWrittenTheFileStillHoldsThePreviousOne() throws IOException {
        // Whenever the process dies during a save, what it leaves is what this test observes midway.
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        portfolio.setName("Renamed");
        byte[][] observed = new byte[1][];
        UnaryOperator<OutputStream> observer = out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written == 300) {
                    observed[0] = Files.readAllBytes(file);
                }
                super.write(b);
            }
        };

        portfolio.eResource().save(Map.of(AtomicFileWriter.OPTION_STREAM_DECORATOR, observer));

        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), observed[0]);
        assertEquals("Renamed", ModelPersistence.load(file).getName());
        assertEquals(List.of(file), filesIn(directory));
    }

    @Test
    void aSaveKeepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Set<PosixFilePermission> ownerAndGroupRead = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, ownerAndGroupRead);
        Portfolio portfolio = ModelPersistence.load(file);
        portfolio.setName("Renamed");

        ModelPersistence.save(portfolio.eResource());

        assertEquals(ownerAndGroupRead, Files.getPosixFilePermissions(file));
        assertEquals("Renamed", ModelPersistence.load(file).getName());
    }

    @Test
    void aSaveThroughASymbolicLinkReplacesTheFileItPointsTo() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Path link = Files.createSymbolicLink(directory.resolve("link.cartograph"), file);
        Portfolio portfolio = ModelPersistence.load(link);
        portfolio.setName("Renamed");

        ModelPersistence.save(portfolio.eResource());

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("Renamed", ModelPersistence.load(file).getName());
        assertEquals(2, filesIn(directory).size());
    }

    /** A stream that fails like a full disk once some bytes have been written. */
    private static UnaryOperator<OutputStream> failAfter(int bytes) {
        return out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > bytes) {
                    throw new IOException("No space left on device (simulated)");
                }
                super.write(b);
            }
        };
    }

    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
